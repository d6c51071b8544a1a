package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Findings keep the values they are about as typed data: every finding of every standard rule
 * carries exactly the values its rule's description declares, of the allowed types.
 */
class FindingValuesTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  private static final Map<String, RuleDescription> DESCRIPTIONS =
      StandardRules.all().stream()
          .map(Rule::description)
          .collect(Collectors.toMap(RuleDescription::id, description -> description));

  @Test
  void everyFindingOfEveryDefectCarriesExactlyTheDeclaredValues() {
    qt().withExamples(200)
        .forAll(integers().between(0, Defect.values().length - 1), longs().all())
        .checkAssert((d, seed) -> {
          Defect defect = Defect.values()[d];
          SplittableRandom random = new SplittableRandom(seed);
          Roadmap roadmap = defect.inject(RoadmapGenerator.roadmap(random), random);
          List<Finding> findings = VALIDATOR.validate(roadmap).findings();
          assertFalse(findings.isEmpty(), defect::name);
          findings.forEach(FindingValuesTest::assertDeclaredValues);
        });
  }

  @Test
  void everyFindingOfThePublishedEditionsCarriesExactlyTheDeclaredValues() {
    for (Roadmap edition : List.of(Editions.tableA(), Editions.tableB())) {
      List<Finding> findings = VALIDATOR.validate(edition).findings();
      assertFalse(findings.isEmpty());
      findings.forEach(FindingValuesTest::assertDeclaredValues);
    }
  }

  @Test
  void everyStandardRuleDeclaresItsValues() {
    for (Rule rule : StandardRules.all()) {
      assertFalse(rule.description().values().isEmpty(), rule.description().id());
    }
  }

  @Test
  void tableAsDuplicateAndGapCarryTheIdsTheMessagesName() {
    List<Finding> findings = Validator.standard().validate(Editions.tableA()).findings();

    assertEquals(Map.of("id", ActionId.parse("4.3"), "times", 2), findings.get(0).values());
    assertEquals(Map.of("id", ActionId.parse("5.6"), "firstMissing", ActionId.parse("5.5"),
        "lastMissing", ActionId.parse("5.5")), findings.get(3).values());
  }

  @Test
  void valuesAreSortedByNameWhateverOrderTheyCameIn() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("zeta", 1);
    given.put("alpha", "a");
    given.put("mid", List.of(2, 3));

    Finding finding = finding(given);

    assertEquals(List.of("alpha", "mid", "zeta"), new ArrayList<>(finding.values().keySet()));
    assertEquals(given, finding.values());
  }

  @Test
  void valuesAreCopiedAndCannotBeChanged() {
    Map<String, Object> given = new HashMap<>();
    List<Object> list = new ArrayList<>(List.of(Year.of(2024)));
    given.put("years", list);
    Finding finding = finding(given);

    given.put("more", 1);
    list.add(Year.of(2025));

    assertEquals(Map.of("years", List.of(Year.of(2024))), finding.values());
    assertThrows(UnsupportedOperationException.class, () -> finding.values().put("x", 1));
  }

  @Test
  void aValueOfAnotherTypeIsRefusedNamingItsNameAndType() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> finding(Map.of("ratio", 0.5)));

    assertTrue(e.getMessage().contains("\"ratio\""), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.Double"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> finding(Map.of("nested", List.of(List.of(1)))));
    assertThrows(IllegalArgumentException.class, () -> finding(Map.of("Bad-Name", 1)));
    assertFalse(Finding.isValue(new Object()));
    assertTrue(Finding.isValue(DocumentPointer.of("projects", 0)));
  }

  @Test
  void aDescriptionRefusesAValueDeclaredTwiceOrWithABadName() {
    assertThrows(IllegalArgumentException.class, () -> new RuleDescription("edition-set",
        Severity.INFO, "t", "d", "g", "e",
        List.of(RuleDescription.Value.of("id", "one"), RuleDescription.Value.of("id", "two"))));
    assertThrows(IllegalArgumentException.class,
        () -> RuleDescription.Value.of("the id", "the id"));
    assertThrows(IllegalArgumentException.class, () -> RuleDescription.Value.of("id", "a\nb"));
  }

  @Test
  void aFindingWithAnotherSeverityKeepsItsValues() {
    Finding finding = finding(Map.of("id", ActionId.parse("1.2")));

    assertEquals(finding.values(), finding.withSeverity(Severity.INFO).values());
  }

  private static Finding finding(Map<String, Object> values) {
    return new Finding("edition-set", Severity.WARNING, DocumentPointer.root(), "message",
        Optional.empty(), values);
  }

  /** Checks that the finding carries every value its rule always has, and no undeclared one. */
  private static void assertDeclaredValues(Finding finding) {
    RuleDescription description = DESCRIPTIONS.get(finding.rule());
    Set<String> declared = new TreeSet<>();
    Set<String> always = new TreeSet<>();
    for (RuleDescription.Value value : description.values()) {
      declared.add(value.name());
      if (value.always()) {
        always.add(value.name());
      }
    }
    Set<String> carried = finding.values().keySet();
    assertTrue(declared.containsAll(carried), () -> "undeclared values in " + finding.values()
        + " of " + finding);
    assertTrue(carried.containsAll(always), () -> "missing values: " + always + " expected in "
        + finding.values() + " of " + finding);
    finding.values().values().forEach(value -> assertTrue(Finding.isValue(value)));
  }
}
