package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.fullPathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatePathwayNumberRuleTest {
  private final Rule rule = DuplicateKeyRule.pathwayNumber();

  @Test
  void reportsTheLaterOfTwoPathwaysSharingANumber() {
    var roadmap = withPathways(fullPathway(1), fullPathway(2), fullPathway(2));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_PATHWAY_NUMBER,
        Severity.ERROR,
        "/pathways/2/number",
        "/pathways/1/number",
        "pathway number 2");
    assertValues(finding, "number", 2, "times", 2);
  }

  @Test
  void acceptsDistinctNumbersOutOfOrder() {
    var roadmap = withPathways(fullPathway(2), fullPathway(1));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
