package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code project-status-date-conflict}: at the validator's as-of month, a completed project that
 * runs on after it, a running or scoping project that ended before it, or a running project that
 * starts after it. Without an as-of month the rule reports nothing; a project without the dates
 * needed for a check is not checked.
 */
final class ProjectStatusDateConflictRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.PROJECT_STATUS_DATE_CONFLICT,
          Severity.WARNING,
          "Project status contradicts its dates",
          "checked only when an as-of month is given: completed but ends after it, or "
              + "running/scoping but ended before it, or running but starts after it",
          "Update the status to what the dates say at the as-of month, or correct the dates.",
          "completed but running until 2027-06: set \"status\" to \"running\", or correct "
              + "\"durationMonths\"");

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Optional<YearMonth> asOf = context.asOf();
    if (asOf.isEmpty()) {
      return;
    }
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      String conflict = conflict(projects.get(k), asOf.get());
      if (conflict != null) {
        context.report(
            DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.STATUS),
            "project " + projects.get(k).id() + " is " + projects.get(k).status().id() + " but "
                + conflict);
      }
    }
  }

  /** Returns how {@code project}'s dates contradict its status at {@code asOf}, or null. */
  private static @Nullable String conflict(Project project, YearMonth asOf) {
    ProjectStatus status = project.status();
    Optional<YearMonth> last = project.lastMonth();
    Optional<YearMonth> start = project.start();
    if (status == ProjectStatus.COMPLETED && last.isPresent() && last.get().isAfter(asOf)) {
      return "runs through " + last.get() + ", after " + asOf;
    }
    if ((status == ProjectStatus.RUNNING || status == ProjectStatus.SCOPING)
        && last.isPresent() && last.get().isBefore(asOf)) {
      return "ended in " + last.get() + ", before " + asOf;
    }
    if (status == ProjectStatus.RUNNING && start.isPresent() && start.get().isAfter(asOf)) {
      return "starts in " + start.get() + ", after " + asOf;
    }
    return null;
  }

  /**
   * Returns {@link Project#lastMonth()}, except that a last month beyond the range of {@link
   * YearMonth}, which the model can hold but not compute, counts as the last month there is.
   */
}
