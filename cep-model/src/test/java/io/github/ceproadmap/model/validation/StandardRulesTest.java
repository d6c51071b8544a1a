package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardRulesTest {
  /** The table of DOMAIN.md section 3, in its order. */
  private static final List<Map.Entry<String, Severity>> CATALOG =
      List.of(
          Map.entry(StandardRules.DUPLICATE_ACTION_ID, Severity.ERROR),
          Map.entry(StandardRules.ACTION_PATHWAY_MISMATCH, Severity.ERROR),
          Map.entry(StandardRules.DUPLICATE_PATHWAY_NUMBER, Severity.ERROR),
          Map.entry(StandardRules.DUPLICATE_AXIS_ID, Severity.ERROR),
          Map.entry(StandardRules.UNKNOWN_AXIS, Severity.ERROR),
          Map.entry(StandardRules.DUPLICATE_ORGANIZATION_ID, Severity.ERROR),
          Map.entry(StandardRules.DUPLICATE_PROJECT_ID, Severity.ERROR),
          Map.entry(StandardRules.UNKNOWN_ACTION_REFERENCE, Severity.ERROR),
          Map.entry(StandardRules.UNKNOWN_ORGANIZATION_REFERENCE, Severity.ERROR),
          Map.entry(StandardRules.BLANK_TITLE, Severity.ERROR),
          Map.entry(StandardRules.INVALID_EMAIL, Severity.ERROR),
          Map.entry(StandardRules.PATHWAY_NUMBERING_GAP, Severity.WARNING),
          Map.entry(StandardRules.ACTION_NUMBERING_GAP, Severity.WARNING),
          Map.entry(StandardRules.ACTION_AXIS_ORDER, Severity.WARNING),
          Map.entry(StandardRules.DUPLICATE_ACTION_TITLE, Severity.WARNING),
          Map.entry(StandardRules.PROJECT_MAIN_ACTION_MISMATCH, Severity.WARNING),
          Map.entry(StandardRules.PROJECT_STATUS_DATE_CONFLICT, Severity.WARNING),
          Map.entry(StandardRules.MEMBERSHIP_YEAR_AFTER_AS_OF, Severity.WARNING),
          Map.entry(StandardRules.STATUS_QUARTER_BEFORE_LAUNCH, Severity.WARNING),
          Map.entry(StandardRules.EMPTY_AXIS_IN_PATHWAY, Severity.INFO));

  @Test
  void holdsTheTwentyCatalogRulesInCatalogOrderWithTheirDefaultSeverities() {
    List<Rule> rules = StandardRules.all();

    assertEquals(
        CATALOG.stream().map(Map.Entry::getKey).toList(),
        rules.stream().map(rule -> rule.description().id()).toList());
    assertEquals(20, rules.stream().map(rule -> rule.description().id()).distinct().count());
    assertEquals(
        CATALOG.stream().map(Map.Entry::getValue).toList(),
        rules.stream().map(rule -> rule.description().defaultSeverity()).toList());
  }

  @Test
  void everyRuleDescribesItselfWithGuidanceAndAnExample() {
    for (Rule rule : StandardRules.all()) {
      RuleDescription description = rule.description();
      assertFalse(description.guidance().isBlank(), description.id());
      assertFalse(description.example().isBlank(), description.id());
      assertFalse(description.guidance().contains("\n"), description.id());
      assertTrue(Character.isUpperCase(description.title().charAt(0)), description.id());
      assertSame(description, rule.description(), description.id());
    }
  }

  @Test
  void aDescriptionRefusesAnIdThatIsNotKebabCaseAndATitleOnTwoLines() {
    assertThrows(IllegalArgumentException.class, () -> new RuleDescription(
        "Edition_Set", Severity.INFO, "t", "d", "g", "e"));
    assertThrows(IllegalArgumentException.class, () -> new RuleDescription(
        "edition-set", Severity.INFO, "t\nu", "d", "g", "e"));
    assertThrows(IllegalArgumentException.class, () -> new RuleDescription(
        "edition-set", Severity.INFO, "t", " ", "g", "e"));
  }

  @Test
  void theMinimalTestRoadmapHasNoFindings() {
    var report = Validator.builder().asOf(java.time.YearMonth.of(2024, 3)).build()
        .validate(Roadmaps.minimal());

    assertEquals(List.of(), report.findings());
  }
}
