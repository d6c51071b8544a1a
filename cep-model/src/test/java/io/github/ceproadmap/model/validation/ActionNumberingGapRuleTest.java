package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.WIDER_STAKEHOLDER;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withCrossCutting;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionNumberingGapRuleTest {
  private final Rule rule = new ActionNumberingGapRule();

  @Test
  void reportsTheActionAfterAGap() {
    var roadmap =
        withPathways(
            pathway(5, action("5.1", COLLECTIVE), action("5.2", COLLECTIVE),
                action("5.3", COLLECTIVE), action("5.4", WIDER_STAKEHOLDER),
                action("5.6", WIDER_STAKEHOLDER), action("5.7", WIDER_STAKEHOLDER)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.ACTION_NUMBERING_GAP,
        Severity.WARNING,
        "/pathways/0/actions/4/id",
        null);
    assertEquals("5.6 follows 5.4; 5.5 is missing", finding.message());
    assertValues(finding, "id", ActionId.parse("5.6"), "firstMissing", ActionId.parse("5.5"),
        "lastMissing", ActionId.parse("5.5"));
  }

  @Test
  void namesARangeOfMissingIds() {
    var roadmap =
        withPathways(
            pathway(2, action("2.7", COLLECTIVE), action("2.1", COLLECTIVE),
                action("2.2", COLLECTIVE), action("2.3", COLLECTIVE), action("2.4", COLLECTIVE)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertEquals("/pathways/0/actions/0/id", finding.pointer().toString());
    assertEquals("2.7 follows 2.4; 2.5 to 2.6 are missing", finding.message());
  }

  @Test
  void reportsIdsThatDoNotStartAtOne() {
    var roadmap = withPathways(pathway(1, action("1.2", COLLECTIVE), action("1.3", COLLECTIVE)));

    assertEquals(
        "1.2 is the lowest id in pathway 1; 1.1 is missing",
        only(Findings.of(rule, roadmap)).message());
  }

  @Test
  void checksCrossCuttingActions() {
    var roadmap = withCrossCutting(action("0.2", COLLECTIVE));

    Finding finding = only(Findings.of(rule, roadmap));

    assertEquals("/crossCuttingActions/0/id", finding.pointer().toString());
    assertEquals(
        "0.2 is the lowest id among the cross-cutting actions; 0.1 is missing", finding.message());
  }

  @Test
  void reportsAGapOnceAtTheFirstActionWithTheId() {
    var roadmap =
        withPathways(
            pathway(1, action("1.1", COLLECTIVE), action("1.3", COLLECTIVE),
                action("1.3", COLLECTIVE)));

    assertEquals("/pathways/0/actions/1/id", only(Findings.of(rule, roadmap)).pointer().toString());
  }

  @Test
  void acceptsCompleteNumberingInAnyOrderWithDuplicatesAndIgnoresOtherPathwaysIds() {
    var roadmap =
        withPathways(
            pathway(1, action("1.3", COLLECTIVE), action("1.1", COLLECTIVE),
                action("1.2", COLLECTIVE), action("1.2", COLLECTIVE), action("3.5", COLLECTIVE)));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
