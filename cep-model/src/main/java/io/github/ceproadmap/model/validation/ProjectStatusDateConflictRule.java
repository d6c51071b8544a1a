package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
              + "\"durationMonths\"",
          List.of(
              Value.of("project", "the project id"),
              Value.of("status", "its status code, such as \"completed\""),
              Value.of("month",
                  "the month its dates give that contradicts the status: its last month, or its"
                      + " start"),
              Value.of("asOf", "the as-of month")),
          true,
          "1.0");

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
      Project project = projects.get(k);
      Conflict conflict = conflict(project, asOf.get());
      if (conflict != null) {
        context.report(
            DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.STATUS),
            "project " + project.id() + " is " + project.status().id() + " but "
                + conflict.how() + " " + conflict.month() + ", " + conflict.relation() + " "
                + asOf.get(),
            Map.of("project", project.id(), "status", project.status().id(),
                "month", conflict.month(), "asOf", asOf.get()));
      }
    }
  }

  /**
   * How a project's dates contradict its status: it {@code how} (such as "runs through") {@code
   * month}, which is {@code relation} ("after" or "before") the as-of month.
   */
  private record Conflict(String how, YearMonth month, String relation) {}

  /** Returns how {@code project}'s dates contradict its status at {@code asOf}, or null. */
  private static @Nullable Conflict conflict(Project project, YearMonth asOf) {
    ProjectStatus status = project.status();
    Optional<YearMonth> last = project.lastMonth();
    Optional<YearMonth> start = project.start();
    if (status == ProjectStatus.COMPLETED && last.isPresent() && last.get().isAfter(asOf)) {
      return new Conflict("runs through", last.get(), "after");
    }
    if ((status == ProjectStatus.RUNNING || status == ProjectStatus.SCOPING)
        && last.isPresent() && last.get().isBefore(asOf)) {
      return new Conflict("ended in", last.get(), "before");
    }
    if (status == ProjectStatus.RUNNING && start.isPresent() && start.get().isAfter(asOf)) {
      return new Conflict("starts in", start.get(), "after");
    }
    return null;
  }
}
