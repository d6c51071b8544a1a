package io.github.ceproadmap.model;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of an action as the CEP project dashboard colours it, derived from the projects that
 * serve it.
 *
 * <p>Precedence, highest first: a running CEP activity, a running alliance project, a project in
 * (re)scoping, a completed project, none. Paused and cancelled projects do not count. Given an
 * as-of month, a project that starts after it does not count yet, unless it is being scoped.
 *
 * <pre>{@code
 * ActionState state = ActionState.of(roadmap, ActionId.parse("2.1"), YearMonth.of(2024, 3));
 * }</pre>
 */
public enum ActionState {
  /** A CEP activity serving the action is running. */
  CEP_ACTIVITY_RUNNING(
      "CEP Activity running",
      "A CEP activity serving the action is running."),

  /** An alliance project serving the action is running. */
  ALLIANCE_PROJECT_RUNNING(
      "Alliance project running",
      "An alliance project serving the action is running."),

  /** A project serving the action is being scoped or rescoped. */
  IN_SCOPING(
      "Project in (re) scoping",
      "A project serving the action is being scoped or rescoped."),

  /** A project served the action and is completed. */
  COMPLETED(
      "Completed",
      "A project served the action and is completed."),

  /** No project serves the action. */
  NONE(
      "No project",
      "No project serves the action.");

  /** The id, title and description, as {@link Codelists} publishes them. */
  private final Codelists.Code code;

  ActionState(String title, String description) {
    this.code = new Codelists.Code(EnumIds.idOf(this), title, description);
  }

  Codelists.Code code() {
    return code;
  }

  /**
   * Returns the words people read for this constant, in reports, pages and codelists.
   *
   * @return the title, such as {@code "CEP Activity running"}
   */
  public String title() {
    return code.title();
  }

  /**
   * Returns what this constant means, in one sentence, as the published codelist gives it.
   *
   * @return the definition
   */
  public String description() {
    return code.description();
  }

  /**
   * Returns the kebab-case id of this state, for documents and style classes.
   *
   * @return the id, such as {@code "cep-activity-running"}
   */
  public String id() {
    return code.code();
  }

  /**
   * Returns the state of action {@code action} in {@code roadmap}, judging by project statuses
   * alone.
   *
   * @param roadmap the roadmap holding the action and its projects
   * @param action the action's id
   * @return the state; {@link #NONE} if no counting project serves the action
   */
  public static ActionState of(Roadmap roadmap, ActionId action) {
    return of(roadmap, action, Optional.empty());
  }

  /**
   * Returns the state of action {@code action} in {@code roadmap} at month {@code asOf}.
   *
   * @param roadmap the roadmap holding the action and its projects
   * @param action the action's id
   * @param asOf the month the state is for; projects starting after it do not count yet
   * @return the state; {@link #NONE} if no counting project serves the action
   */
  public static ActionState of(Roadmap roadmap, ActionId action, Optional<YearMonth> asOf) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(asOf, "asOf");
    ActionState best = NONE;
    for (Project project : roadmap.projectsServing(action)) {
      ActionState state = of(project, asOf);
      if (state.compareTo(best) < 0) {
        best = state;
      }
    }
    return best;
  }

  /**
   * Returns the state that project {@code project} alone gives the actions it serves at month
   * {@code asOf}: what a dashboard shows on the project's own card.
   *
   * @param project the project
   * @param asOf the month the state is for; a project starting after it does not count yet
   * @return the state; {@link #NONE} if the project does not count (paused, cancelled, or not
   *     started yet)
   */
  public static ActionState of(Project project, Optional<YearMonth> asOf) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(asOf, "asOf");
    boolean notStarted =
        asOf.isPresent() && project.start().map(start -> start.isAfter(asOf.get())).orElse(false);
    switch (project.status()) {
      case SCOPING:
        return IN_SCOPING;
      case RUNNING:
        if (notStarted) {
          return NONE;
        }
        return project.kind() == ProjectKind.CEP_ACTIVITY
            ? CEP_ACTIVITY_RUNNING
            : ALLIANCE_PROJECT_RUNNING;
      case COMPLETED:
        return notStarted ? NONE : COMPLETED;
      default:
        return NONE;
    }
  }
}
