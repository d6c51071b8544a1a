package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
import static io.github.ceproadmap.model.ActionAxis.WIDER_STAKEHOLDER;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withCrossCutting;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionAxisOrderRuleTest {
  private final Rule rule = new ActionAxisOrderRule();

  @Test
  void reportsALaterAxisActionNumberedBelowAnEarlierAxisAction() {
    var roadmap =
        withPathways(
            pathway(2, action("2.1", COLLECTIVE), action("2.2", COLLECTIVE),
                action("2.4", COLLECTIVE), action("2.3", COMPANY)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.ACTION_AXIS_ORDER,
        Severity.WARNING,
        "/pathways/0/actions/3/id",
        "/pathways/0/actions/2/id",
        "2.3", "2.4", "\"company\"", "\"collective\"");
    assertValues(finding, "id", ActionId.parse("2.3"), "axis",
        "company", "earlierId", ActionId.parse("2.4"));
  }

  @Test
  void comparesWithTheHighestNumberOnAllEarlierAxes() {
    var roadmap =
        withPathways(
            pathway(1, action("1.1", COLLECTIVE), action("1.5", COMPANY),
                action("1.2", COLLECTIVE), action("1.3", WIDER_STAKEHOLDER)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertEquals("/pathways/0/actions/3/id", finding.pointer().toString());
    assertEquals("/pathways/0/actions/1/id", finding.related().orElseThrow().toString());
  }

  @Test
  void leavesAnEqualNumberToTheDuplicateIdRule() {
    var roadmap =
        withPathways(
            pathway(4, action("4.1", COLLECTIVE), action("4.2", COLLECTIVE),
                action("4.3", COLLECTIVE), action("4.3", COMPANY), action("4.4", COMPANY)));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }

  @Test
  void followsAxisOrderNotDocumentOrder() {
    var roadmap =
        withPathways(
            pathway(1, action("1.3", WIDER_STAKEHOLDER), action("1.2", COMPANY),
                action("1.1", COLLECTIVE)));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }

  @Test
  void ignoresCrossCuttingActionsUndeclaredAxesAndOtherPathwaysIds() {
    var roadmap =
        withPathways(
                pathway(1, action("1.1", COLLECTIVE), action("9.9", COLLECTIVE),
                    action("1.5", ActionAxis.of("regional", "Regional")), action("1.2", COMPANY)))
            .toBuilder()
            .addCrossCuttingActions(action("0.2", COLLECTIVE), action("0.1", COMPANY))
            .build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
