package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.ProjectId;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** P1.1 here starts in 2022-05 and lasts 13 months: it runs through 2023-05. */
class ProjectStatusDateConflictRuleTest {
  private static final YearMonth START = YearMonth.of(2022, 5);
  private static final YearMonth LAST = YearMonth.of(2023, 5);

  private final Rule rule = new ProjectStatusDateConflictRule();

  @Test
  void reportsACompletedProjectThatRunsPastTheAsOfMonth() {
    Finding finding =
        only(check(dated(ProjectStatus.COMPLETED), LAST.minusMonths(1)));

    assertFinding(
        finding,
        StandardRules.PROJECT_STATUS_DATE_CONFLICT,
        Severity.WARNING,
        "/projects/0/status",
        null,
        "P1.1", "completed", "2023-05", "2023-04");
    assertValues(finding, "project", ProjectId.parse("P1.1"), "status", "completed", "month", LAST,
        "asOf", LAST.minusMonths(1));
  }

  @Test
  void acceptsACompletedProjectInItsLastMonth() {
    assertEquals(List.of(), check(dated(ProjectStatus.COMPLETED), LAST));
  }

  @Test
  void reportsARunningOrScopingProjectThatEndedBeforeTheAsOfMonth() {
    assertEquals(
        "project P1.1 is running but ended in 2023-05, before 2023-06",
        only(check(dated(ProjectStatus.RUNNING), LAST.plusMonths(1))).message());
    assertEquals(
        "/projects/0/status",
        only(check(dated(ProjectStatus.SCOPING), LAST.plusMonths(1))).pointer().toString());
  }

  @Test
  void acceptsARunningProjectInItsLastMonth() {
    assertEquals(List.of(), check(dated(ProjectStatus.RUNNING), LAST));
  }

  @Test
  void reportsARunningProjectThatStartsAfterTheAsOfMonth() {
    assertEquals(
        "project P1.1 is running but starts in 2022-05, after 2022-04",
        only(check(dated(ProjectStatus.RUNNING), START.minusMonths(1))).message());
  }

  @Test
  void acceptsAScopingProjectThatStartsLater() {
    assertEquals(List.of(), check(dated(ProjectStatus.SCOPING), START.minusMonths(1)));
  }

  @Test
  void checksARunningProjectWithoutADurationByItsStart() {
    var undated = project("P1.1", "1.1").toBuilder().start(START).build();

    assertEquals(1, check(undated, START.minusMonths(1)).size());
    assertEquals(List.of(), check(undated, YearMonth.of(2030, 1)));
  }

  @Test
  void reportsNothingWithoutAnAsOfMonth() {
    var roadmap = withProjects(dated(ProjectStatus.RUNNING));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }

  @Test
  void acceptsPausedAndCancelledProjectsWhateverTheirDates() {
    assertEquals(List.of(), check(dated(ProjectStatus.PAUSED), LAST.plusYears(1)));
    assertEquals(List.of(), check(dated(ProjectStatus.CANCELLED), START.minusYears(1)));
  }

  private static Project dated(ProjectStatus status) {
    return project("P1.1", "1.1").toBuilder()
        .status(status)
        .start(START)
        .durationMonths(13)
        .build();
  }

  private List<Finding> check(Project project, YearMonth asOf) {
    return Findings.of(rule, withProjects(project), asOf);
  }
}
