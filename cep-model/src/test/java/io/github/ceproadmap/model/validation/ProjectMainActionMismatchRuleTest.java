package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.ProjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMainActionMismatchRuleTest {
  private final Rule rule = new ProjectMainActionMismatchRule();

  @Test
  void reportsAFirstActionOtherThanTheOneTheIdNames() {
    var roadmap = withProjects(project("P1.1", "1.2", "1.1"));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.PROJECT_MAIN_ACTION_MISMATCH,
        Severity.WARNING,
        "/projects/0/actions/0",
        null,
        "P1.1", "1.2", "1.1");
    assertValues(finding, "project", ProjectId.parse("P1.1"), "namedAction", ActionId.parse("1.1"),
        "firstAction", ActionId.parse("1.2"));
  }

  @Test
  void reportsAProjectThatServesNoActionAtItsId() {
    var roadmap = withProjects(project("P1.1", "1.1"), project("P1.2"));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.PROJECT_MAIN_ACTION_MISMATCH,
        Severity.WARNING,
        "/projects/1/id",
        null,
        "P1.2", "no action");
    assertValues(finding, "project", ProjectId.parse("P1.2"), "namedAction", ActionId.parse("1.2"));
  }

  @Test
  void acceptsTheNamedActionFirstWhateverFollows() {
    var roadmap = withProjects(project("P1.1", "1.1", "1.2", "1.1"));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
