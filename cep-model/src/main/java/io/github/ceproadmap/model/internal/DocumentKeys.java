package io.github.ceproadmap.model.internal;

/**
 * The key names of document format 1.0, each spelled once. {@link DocumentShape} declares which
 * type has which of them, in which order and which are required; the codec's reader and writer,
 * the rules' pointers, the spreadsheets' pointers and the diff's field names use these constants,
 * so that a key cannot be spelled two ways. They are compile-time constants, so a reader can
 * switch on them.
 */
public final class DocumentKeys {
  private DocumentKeys() {}

  /** The document's format version, such as {@code "1.0"}. */
  public static final String SCHEMA_VERSION = "schemaVersion";
  /**
   * The optional member of a document that names its JSON Schema, for editors. No shape knows
   * it: every read keeps it with the roadmap's extensions, so it is written back.
   */
  public static final String SCHEMA = "$schema";
  /** The id of a roadmap, axis, action, organisation or project. */
  public static final String ID = "id";
  /** The title of a roadmap, axis, pathway, action or project. */
  public static final String TITLE = "title";
  /** A roadmap's edition. */
  public static final String EDITION = "edition";
  /** The day a roadmap was launched. */
  public static final String LAUNCHED = "launched";
  /** The quarter a roadmap's project statuses describe. */
  public static final String STATUS_QUARTER = "statusQuarter";
  /** A roadmap's action axes. */
  public static final String AXES = "axes";
  /** A roadmap's pathways. */
  public static final String PATHWAYS = "pathways";
  /** A roadmap's cross-cutting actions. */
  public static final String CROSS_CUTTING_ACTIONS = "crossCuttingActions";
  /** A roadmap's organisations. */
  public static final String ORGANIZATIONS = "organizations";
  /** A roadmap's projects. */
  public static final String PROJECTS = "projects";
  /** A pathway's number. */
  public static final String NUMBER = "number";
  /** A pathway's actions, or the actions a project serves. */
  public static final String ACTIONS = "actions";
  /** The axis an action is on. */
  public static final String AXIS = "axis";
  /** An organisation's or a contact's name. */
  public static final String NAME = "name";
  /** An organisation's roles. */
  public static final String ROLES = "roles";
  /** The years an organisation was a member. */
  public static final String MEMBERSHIP_YEARS = "membershipYears";
  /** A project's kind. */
  public static final String KIND = "kind";
  /** A project's status. */
  public static final String STATUS = "status";
  /** The organisations that lead a project. */
  public static final String LEADS = "leads";
  /** A project's start month. */
  public static final String START = "start";
  /** A project's duration in months. */
  public static final String DURATION_MONTHS = "durationMonths";
  /** A project's contacts. */
  public static final String CONTACTS = "contacts";
  /** A project's description. */
  public static final String DESCRIPTION = "description";
  /** A project's activities. */
  public static final String ACTIVITIES = "activities";
  /** A project's outputs. */
  public static final String OUTPUTS = "outputs";
  /** A project's outcomes. */
  public static final String OUTCOMES = "outcomes";
  /** A project's deliverables. */
  public static final String DELIVERABLES = "deliverables";
  /** How a project's results are disseminated. */
  public static final String DISSEMINATION = "dissemination";
  /** A contact's e-mail address. */
  public static final String EMAIL = "email";
  /** The organisation a contact works for. */
  public static final String ORGANIZATION = "organization";
}
