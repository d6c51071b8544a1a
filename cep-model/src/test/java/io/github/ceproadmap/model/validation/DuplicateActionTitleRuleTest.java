package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateActionTitleRuleTest {
  private static final String TIE = "Tie take-back and collection to the business model";

  private final Rule rule = new DuplicateActionTitleRule();

  @Test
  void reportsTheLaterOfTwoTitlesEqualAfterTrimmingAndIgnoringCase() {
    var roadmap =
        withPathways(
            pathway(4, action("4.3", COLLECTIVE, TIE),
                action("4.4", COMPANY, "  tie take-back and collection to the BUSINESS model ")));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_ACTION_TITLE,
        Severity.WARNING,
        "/pathways/0/actions/1/title",
        "/pathways/0/actions/0/title",
        "4.3");
    assertEquals(
        "\"  tie take-back and collection to the BUSINESS model \" is also the title of 4.3",
        finding.message());
  }

  @Test
  void acceptsTheSameTitleInTwoPathwaysAndBlankTitles() {
    var roadmap =
        withPathways(
            pathway(1, action("1.1", COLLECTIVE, TIE), action("1.2", COMPANY, " "),
                action("1.3", COMPANY, " ")),
            pathway(2, action("2.1", COLLECTIVE, TIE)));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
