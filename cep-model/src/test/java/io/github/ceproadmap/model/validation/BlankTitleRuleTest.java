package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.contact;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.projectWithContacts;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Organization;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlankTitleRuleTest {
  private final Rule rule = new BlankTitleRule();

  @Test
  void reportsAnActionTitleOfOnlyWhiteSpace() {
    var roadmap =
        withPathways(pathway(1, action("1.1", COLLECTIVE), action("1.2", COMPANY, " \t")));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.BLANK_TITLE,
        Severity.ERROR,
        "/pathways/0/actions/1/title",
        null,
        "1.2", "only white space");
    assertValues(finding, "text", " \t");
  }

  @Test
  void reportsEveryKindOfTitleAndName() {
    var roadmap =
        Roadmaps.minimal().toBuilder()
            .title("")
            .axes(List.of(ActionAxis.COLLECTIVE, ActionAxis.of("company", " ")))
            .pathways(List.of(pathway(1, action("1.1", COLLECTIVE)).toBuilder().title("").build()))
            .addCrossCuttingActions(action("0.1", COLLECTIVE, "\n"))
            .organizations(List.of(Organization.builder().id("ITU").name("").build()))
            .addProjects(
                projectWithContacts(contact(" ", "garam.bel@itu.int")).toBuilder()
                    .title("")
                    .build())
            .build();

    assertEquals(
        List.of(
            "/title",
            "/axes/1/title",
            "/pathways/0/title",
            "/crossCuttingActions/0/title",
            "/organizations/0/name",
            "/projects/0/title",
            "/projects/0/contacts/0/name"),
        Findings.of(rule, roadmap).stream().map(f -> f.pointer().toString()).toList());
    assertEquals("the roadmap's title is empty", Findings.of(rule, roadmap).get(0).message());
  }

  @Test
  void acceptsTitlesWithWhiteSpaceAroundText() {
    var roadmap =
        withPathways(pathway(1, action("1.1", COLLECTIVE, "  Define circular products ")));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
