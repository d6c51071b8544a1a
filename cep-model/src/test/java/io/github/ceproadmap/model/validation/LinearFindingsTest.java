package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A report grows at most linearly with the roadmap: empty cells are summarised per pathway, and
 * no rule lists more than the validator's cap, counting the rest honestly.
 */
class LinearFindingsTest {
  @Test
  void emptyCellsGiveOneFindingPerPathwayNamingThreeAxesAndCountingTheRest() {
    Roadmap roadmap = emptyMatrix(2_000, 50);
    ValidationReport report = Validator.standard().validate(roadmap);
    List<Finding> empty = report.findings(StandardRules.EMPTY_AXIS_IN_PATHWAY);
    assertEquals(50, empty.size(), report::toString);
    assertEquals("pathway 1 has no action on 2000 axes: \"a0\", \"a1\", \"a2\" and 1997 more",
        empty.get(0).message());
    assertEquals(Map.of(), report.omitted());
  }

  @Test
  void aRuleListsAtMostTheCapAndCountsTheRest() {
    Roadmap roadmap = emptyMatrix(3, 5_000);
    ValidationReport report = Validator.standard().validate(roadmap);
    assertEquals(Validator.DEFAULT_MAX_FINDINGS_PER_RULE,
        report.findings(StandardRules.EMPTY_AXIS_IN_PATHWAY).size());
    assertEquals(Map.of(StandardRules.EMPTY_AXIS_IN_PATHWAY,
        5_000L - Validator.DEFAULT_MAX_FINDINGS_PER_RULE), report.omitted());
    assertTrue(report.toString().endsWith("\nand 4000 more findings of empty-axis-in-pathway"));
  }

  @Test
  void theCapCountsEveryRuleSeparatelyAndKeepsValidityHonest() {
    Roadmap published = Editions.tableA();
    ValidationReport full = Validator.standard().validate(published);
    ValidationReport capped = Validator.builder().maxFindingsPerRule(1).build().validate(published);
    assertEquals(full.findings(), capped.findings(), "no rule of table A finds more than one");
    Roadmap twice = published.toBuilder().addAllAxes(published.axes()).addAllAxes(published.axes())
        .build();
    ValidationReport duplicates = Validator.builder().maxFindingsPerRule(1).build().validate(twice);
    assertEquals(1, duplicates.findings(StandardRules.DUPLICATE_AXIS_ID).size());
    assertEquals(5L, duplicates.omitted().get(StandardRules.DUPLICATE_AXIS_ID));
    assertTrue(duplicates.hasErrors());
    assertThrows(IllegalArgumentException.class, () -> Validator.builder().maxFindingsPerRule(0));
  }

  private static Roadmap emptyMatrix(int axes, int pathways) {
    List<ActionAxis> axisList = new ArrayList<>();
    for (int i = 0; i < axes; i++) {
      axisList.add(ActionAxis.builder().id("a" + i).title("Axis " + i).build());
    }
    List<Pathway> pathwayList = new ArrayList<>();
    for (int i = 1; i <= pathways; i++) {
      pathwayList.add(Pathway.builder().number(i).title("Pathway " + i).build());
    }
    return Roadmap.builder().id("empty").title("Empty").edition("1").axes(axisList)
        .pathways(pathwayList).build();
  }
}
