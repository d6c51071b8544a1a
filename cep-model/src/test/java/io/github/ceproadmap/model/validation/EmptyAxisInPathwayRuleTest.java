package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.WIDER_STAKEHOLDER;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.fullPathway;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withCrossCutting;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyAxisInPathwayRuleTest {
  private final Rule rule = new EmptyAxisInPathwayRule();

  @Test
  void reportsAnAxisWithNoActionOfThePathway() {
    var roadmap =
        withPathways(
            fullPathway(4),
            pathway(5, action("5.1", COLLECTIVE), action("5.2", WIDER_STAKEHOLDER)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.EMPTY_AXIS_IN_PATHWAY,
        Severity.INFO,
        "/pathways/1/actions",
        null);
    assertEquals("pathway 5 has no action on axis \"company\"", finding.message());
    assertValues(finding, "pathway", 5, "count", 1, "axes",
        List.of(DocumentPointer.of("axes", 1)));
  }

  @Test
  void reportsAPathwaysEmptyAxesInOneFindingInAxisOrder() {
    var roadmap = withPathways(pathway(1));

    assertEquals(
        List.of("pathway 1 has no action on 3 axes: \"collective\", \"company\","
            + " \"wider-stakeholder\""),
        Findings.of(rule, roadmap).stream().map(Finding::message).toList());
  }

  @Test
  void leavesCrossCuttingActionsAlone() {
    var roadmap = withCrossCutting(action("0.1", COLLECTIVE));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
