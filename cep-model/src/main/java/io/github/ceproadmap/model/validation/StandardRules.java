package io.github.ceproadmap.model.validation;

import java.util.List;

/**
 * The rule catalog of document format 1.0: the id of every standard rule, and the rules
 * themselves in catalog order.
 */
public final class StandardRules {
  /** Two actions in one pathway (or among cross-cutting actions) share an id. Error. */
  public static final String DUPLICATE_ACTION_ID = "duplicate-action-id";
  /** An action's id names another pathway than the one that holds it. Error. */
  public static final String ACTION_PATHWAY_MISMATCH = "action-pathway-mismatch";
  /** Two pathways share a number. Error. */
  public static final String DUPLICATE_PATHWAY_NUMBER = "duplicate-pathway-number";
  /** Two axes share an id. Error. */
  public static final String DUPLICATE_AXIS_ID = "duplicate-axis-id";
  /** An action names an axis that the roadmap does not declare. Error. */
  public static final String UNKNOWN_AXIS = "unknown-axis";
  /** Two organisations share an id. Error. */
  public static final String DUPLICATE_ORGANIZATION_ID = "duplicate-organization-id";
  /** Two projects share an id. Error. */
  public static final String DUPLICATE_PROJECT_ID = "duplicate-project-id";
  /** A project names an action id that the roadmap does not hold. Error. */
  public static final String UNKNOWN_ACTION_REFERENCE = "unknown-action-reference";
  /** A project lead or contact names an organisation that is not declared. Error. */
  public static final String UNKNOWN_ORGANIZATION_REFERENCE = "unknown-organization-reference";
  /** A title or name is empty or only white space. Error. */
  public static final String BLANK_TITLE = "blank-title";
  /** A contact e-mail is not a plausible address. Error. */
  public static final String INVALID_EMAIL = "invalid-email";
  /** Pathways are not numbered 1..n. Warning. */
  public static final String PATHWAY_NUMBERING_GAP = "pathway-numbering-gap";
  /** A pathway's sequence numbers skip. Warning. */
  public static final String ACTION_NUMBERING_GAP = "action-numbering-gap";
  /** An action on a later axis has a sequence number below one on an earlier axis. Warning. */
  public static final String ACTION_AXIS_ORDER = "action-axis-order";
  /** Two actions in one pathway have the same title (trimmed, ignoring case). Warning. */
  public static final String DUPLICATE_ACTION_TITLE = "duplicate-action-title";
  /** A project's id names another action than its first action. Warning. */
  public static final String PROJECT_MAIN_ACTION_MISMATCH = "project-main-action-mismatch";
  /** A project's status contradicts its dates at the as-of month. Warning. */
  public static final String PROJECT_STATUS_DATE_CONFLICT = "project-status-date-conflict";
  /** An organisation's membership year is after the as-of month's year. Warning. */
  public static final String MEMBERSHIP_YEAR_AFTER_AS_OF = "membership-year-after-as-of";
  /** The roadmap's status quarter ends before the month it was launched. Warning. */
  public static final String STATUS_QUARTER_BEFORE_LAUNCH = "status-quarter-before-launch";
  /** A pathway has no action on some axis. Info. */
  public static final String EMPTY_AXIS_IN_PATHWAY = "empty-axis-in-pathway";

  private static final List<Rule> ALL =
      List.of(
          DuplicateKeyRule.actionId(),
          new ActionPathwayMismatchRule(),
          DuplicateKeyRule.pathwayNumber(),
          DuplicateKeyRule.axisId(),
          new UnknownAxisRule(),
          DuplicateKeyRule.organizationId(),
          DuplicateKeyRule.projectId(),
          new UnknownActionReferenceRule(),
          new UnknownOrganizationReferenceRule(),
          new BlankTitleRule(),
          new InvalidEmailRule(),
          new PathwayNumberingGapRule(),
          new ActionNumberingGapRule(),
          new ActionAxisOrderRule(),
          new DuplicateActionTitleRule(),
          new ProjectMainActionMismatchRule(),
          new ProjectStatusDateConflictRule(),
          new MembershipYearAfterAsOfRule(),
          new StatusQuarterBeforeLaunchRule(),
          new EmptyAxisInPathwayRule());

  private StandardRules() {}

  /**
   * Returns every standard rule, in catalog order.
   *
   * @return the rules
   */
  public static List<Rule> all() {
    return ALL;
  }
}
