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

class UnknownAxisRuleTest {
  private static final ActionAxis REGIONAL = ActionAxis.of("regional", "Regional actions");

  private final Rule rule = new UnknownAxisRule();

  @Test
  void reportsAnActionOnAnUndeclaredAxis() {
    var roadmap =
        withPathways(
            pathway(1, action("1.1", COLLECTIVE), action("1.2", COMPANY),
                action("1.3", WIDER_STAKEHOLDER), action("1.4", REGIONAL)));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.UNKNOWN_AXIS,
        Severity.ERROR,
        "/pathways/0/actions/3/axis",
        null,
        "1.4", "\"regional\"");
    assertValues(finding, "id", ActionId.parse("1.4"), "axis", "regional");
  }

  @Test
  void reportsACrossCuttingActionOnAnUndeclaredAxis() {
    var roadmap = withCrossCutting(action("0.1", REGIONAL));

    assertEquals("/crossCuttingActions/0/axis", only(Findings.of(rule, roadmap)).pointer().toString());
  }

  @Test
  void acceptsAnAxisOnceTheRoadmapDeclaresIt() {
    var roadmap =
        withPathways(pathway(1, action("1.1", COLLECTIVE), action("1.2", REGIONAL)))
            .toBuilder()
            .addAxes(REGIONAL)
            .build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
