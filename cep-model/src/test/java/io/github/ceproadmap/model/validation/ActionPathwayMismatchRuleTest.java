package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.fullPathway;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withCrossCutting;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionPathwayMismatchRuleTest {
  private final Rule rule = new ActionPathwayMismatchRule();

  @Test
  void reportsAnActionWhoseIdNamesAnotherPathway() {
    var roadmap =
        withPathways(
            fullPathway(1), pathway(2, action("2.1", COLLECTIVE), action("3.4", COLLECTIVE)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.ACTION_PATHWAY_MISMATCH,
        Severity.ERROR,
        "/pathways/1/actions/1/id",
        null,
        "3.4", "pathway 2", "pathway 3");
    assertValues(finding, "id", ActionId.parse("3.4"), "pathway", 2);
  }

  @Test
  void reportsACrossCuttingActionWhoseIdNamesAPathway() {
    var roadmap = withCrossCutting(action("0.1", COLLECTIVE), action("1.4", COLLECTIVE));

    assertFinding(
        only(Findings.of(rule, roadmap)),
        StandardRules.ACTION_PATHWAY_MISMATCH,
        Severity.ERROR,
        "/crossCuttingActions/1/id",
        null,
        "1.4", "cross-cutting");
  }

  @Test
  void reportsACrossCuttingIdHeldByAPathway() {
    var roadmap = withPathways(pathway(1, action("0.1", COLLECTIVE)));

    assertEquals("/pathways/0/actions/0/id", only(Findings.of(rule, roadmap)).pointer().toString());
  }

  @Test
  void acceptsCrossCuttingIdsAmongCrossCuttingActions() {
    var roadmap = withCrossCutting(action("0.1", COLLECTIVE), action("0.2", COLLECTIVE));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
