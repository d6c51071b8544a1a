package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ProjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateProjectIdRuleTest {
  private final Rule rule = DuplicateKeyRule.projectId();

  @Test
  void reportsTheLaterOfTwoProjectsSharingAnId() {
    var roadmap = withProjects(project("P1.1", "1.1"), project("P1.1", "1.1", "1.2"));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_PROJECT_ID,
        Severity.ERROR,
        "/projects/1/id",
        "/projects/0/id",
        "P1.1");
    assertValues(finding, "id", ProjectId.parse("P1.1"), "times", 2);
  }

  @Test
  void acceptsTwoProjectsServingTheSameAction() {
    var roadmap = withProjects(project("P1.1", "1.1"), project("P1.2", "1.2", "1.1"));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
