package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
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

class DuplicateActionIdRuleTest {
  private final Rule rule = DuplicateKeyRule.actionId();

  @Test
  void reportsTheLaterOfTwoActionsSharingAnIdInOnePathway() {
    var roadmap =
        withPathways(
            fullPathway(1),
            fullPathway(2),
            fullPathway(3),
            pathway(4, action("4.1", COLLECTIVE), action("4.2", COLLECTIVE),
                action("4.3", COLLECTIVE), action("4.3", COMPANY)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_ACTION_ID,
        Severity.ERROR,
        "/pathways/3/actions/3/id",
        "/pathways/3/actions/2/id",
        "4.3", "pathway 4", "twice");
    assertValues(finding, "id", ActionId.parse("4.3"), "times", 2);
  }

  @Test
  void reportsDuplicatesAmongCrossCuttingActions() {
    var roadmap = withCrossCutting(action("0.1", COLLECTIVE), action("0.1", COMPANY));

    assertFinding(
        only(Findings.of(rule, roadmap)),
        StandardRules.DUPLICATE_ACTION_ID,
        Severity.ERROR,
        "/crossCuttingActions/1/id",
        "/crossCuttingActions/0/id",
        "0.1", "cross-cutting");
  }

  @Test
  void reportsEachLaterOccurrenceOnceAgainstTheFirst() {
    var roadmap =
        withPathways(
            pathway(1, action("1.1", COLLECTIVE), action("1.1", COMPANY), action("1.1", COMPANY)));

    List<Finding> findings = Findings.of(rule, roadmap);

    assertEquals(
        List.of("/pathways/0/actions/1/id", "/pathways/0/actions/2/id"),
        findings.stream().map(f -> f.pointer().toString()).toList());
    findings.forEach(f -> assertEquals("/pathways/0/actions/0/id", f.related().orElseThrow().toString()));
    assertEquals("action id 1.1 is used 3 times in pathway 1", findings.get(1).message());
  }

  @Test
  void allowsTheSameIdInTwoPathways() {
    var roadmap =
        withPathways(pathway(1, action("1.1", COLLECTIVE)), pathway(2, action("1.1", COLLECTIVE)));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
