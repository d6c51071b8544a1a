package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.ProjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownActionReferenceRuleTest {
  private final Rule rule = new UnknownActionReferenceRule();

  @Test
  void reportsAProjectServingAnActionTheRoadmapDoesNotHold() {
    var roadmap = withProjects(project("P1.1", "1.1", "1.4"));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.UNKNOWN_ACTION_REFERENCE,
        Severity.ERROR,
        "/projects/0/actions/1",
        null,
        "P1.1", "1.4");
    assertValues(finding, "project", ProjectId.parse("P1.1"), "action", ActionId.parse("1.4"));
  }

  @Test
  void findsActionsInAnyPathwayAndAmongCrossCuttingOnes() {
    var roadmap =
        withProjects(project("P1.1", "1.1", "0.1", "7.2"))
            .toBuilder()
            .addCrossCuttingActions(action("0.1", COLLECTIVE))
            // 7.2 held by the wrong pathway is action-pathway-mismatch's finding, not this rule's
            .addPathways(Roadmaps.pathway(2, action("7.2", COLLECTIVE)))
            .build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
