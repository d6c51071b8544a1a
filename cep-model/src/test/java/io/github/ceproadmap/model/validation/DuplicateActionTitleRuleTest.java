package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ceproadmap.model.ActionId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
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
    assertValues(finding, "title", "  tie take-back and collection to the BUSINESS model ",
        "id", ActionId.parse("4.4"), "firstId", ActionId.parse("4.3"));
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

  /**
   * The rule compares titles without making their stripped lower-case forms where it need not
   * (ASCII titles): it must still agree with {@code strip().toLowerCase(Locale.ROOT)} everywhere,
   * also where case mapping leaves ASCII (the Kelvin sign lower-cases to k, dotted capital I to
   * two characters, a final sigma depends on its place) and for whitespace beyond ASCII.
   */
  @Test
  void titlesAreTheSameExactlyWhenTheirStrippedLowerCaseFormsAre() {
    List<String> alphabet = List.of("a", "A", "k", "K", "\u212A", " ", "\t", "\u2003", "\u0130",
        "i", "\u0307", "\u03A3", "\u03C3", "\u03C2", "\u00E9", "\u00C9", "\u00DF", "S");
    Gen<String> titles = lists().of(integers().between(0, alphabet.size() - 1))
        .ofSizeBetween(1, 4)
        .map(picks -> picks.stream().map(alphabet::get).collect(Collectors.joining()));
    qt().withExamples(3000).forAll(titles, titles).checkAssert((first, second) -> {
      var roadmap = withPathways(
          pathway(4, action("4.1", COLLECTIVE, first), action("4.2", COMPANY, second)));
      boolean same = !first.isBlank() && !second.isBlank()
          && first.strip().toLowerCase(Locale.ROOT).equals(second.strip().toLowerCase(Locale.ROOT));
      assertEquals(same ? 1 : 0, Findings.of(rule, roadmap).size(), first + " | " + second);
    });
  }
}
