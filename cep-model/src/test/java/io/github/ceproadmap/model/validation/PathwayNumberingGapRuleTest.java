package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.fullPathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayNumberingGapRuleTest {
  private final Rule rule = new PathwayNumberingGapRule();

  @Test
  void reportsThePathwayAfterAGap() {
    var roadmap = withPathways(fullPathway(1), fullPathway(2), fullPathway(4));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding, StandardRules.PATHWAY_NUMBERING_GAP, Severity.WARNING, "/pathways/2/number", null);
    assertEquals("pathway 4 follows pathway 2; pathway 3 is missing", finding.message());
    assertValues(finding, "number", 4, "firstMissing", 3, "lastMissing", 3);
  }

  @Test
  void reportsPathwaysThatDoNotStartAtOne() {
    var roadmap = withPathways(fullPathway(2), fullPathway(3));

    Finding finding = only(Findings.of(rule, roadmap));

    assertEquals("/pathways/0/number", finding.pointer().toString());
    assertEquals("pathways start at 2; pathway 1 is missing", finding.message());
  }

  @Test
  void namesARangeOfMissingPathwaysOnceAtTheFirstPathwayWithTheNumber() {
    var roadmap = withPathways(fullPathway(5), fullPathway(1), fullPathway(5));

    Finding finding = only(Findings.of(rule, roadmap));

    assertEquals("/pathways/0/number", finding.pointer().toString());
    assertEquals("pathway 5 follows pathway 1; pathways 2 to 4 are missing", finding.message());
  }

  @Test
  void acceptsNumbersOneToNInAnyOrderAndRepeated() {
    var roadmap = withPathways(fullPathway(2), fullPathway(1), fullPathway(3), fullPathway(1));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
