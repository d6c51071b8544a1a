package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectMainActionMismatchRuleTest {
  private final Rule rule = new ProjectMainActionMismatchRule();

  @Test
  void reportsAFirstActionOtherThanTheOneTheIdNames() {
    var roadmap = withProjects(project("P1.1", "1.2", "1.1"));

    assertFinding(
        only(Findings.of(rule, roadmap)),
        StandardRules.PROJECT_MAIN_ACTION_MISMATCH,
        Severity.WARNING,
        "/projects/0/actions/0",
        null,
        "P1.1", "1.2", "1.1");
  }

  @Test
  void reportsAProjectThatServesNoActionAtItsId() {
    var roadmap = withProjects(project("P1.1", "1.1"), project("P1.2"));

    assertFinding(
        only(Findings.of(rule, roadmap)),
        StandardRules.PROJECT_MAIN_ACTION_MISMATCH,
        Severity.WARNING,
        "/projects/1/id",
        null,
        "P1.2", "no action");
  }

  @Test
  void acceptsTheNamedActionFirstWhateverFollows() {
    var roadmap = withProjects(project("P1.1", "1.1", "1.2", "1.1"));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
