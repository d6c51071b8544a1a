package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The laws of validation, over generated roadmaps. */
class ValidatorPropertiesTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  @Test
  void aGeneratedConsistentRoadmapHasNoFinding() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      assertEquals(List.of(), VALIDATOR.validate(roadmap).findings(), () -> "seed " + seed);
    });
  }

  @Test
  void everyStandardRuleHasADefectThatTriggersIt() {
    assertEquals(
        StandardRules.all().stream().map(rule -> rule.description().id()).toList(),
        java.util.Arrays.stream(Defect.values()).map(Defect::ruleId).toList());
  }

  @Test
  void anInjectedDefectYieldsItsRulesFindingAndNoOtherError() {
    qt().withExamples(400)
        .forAll(longs().all(), arbitrary().enumValues(Defect.class))
        .checkAssert((seed, defect) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Roadmap broken = defect.inject(RoadmapGenerator.roadmap(random), random);
          ValidationReport report = VALIDATOR.validate(broken);
          String context = defect + " seed " + seed + ":\n" + report;
          assertFalse(report.findings(defect.ruleId()).isEmpty(), context);
          assertTrue(
              report.findings(Severity.ERROR).stream()
                  .allMatch(finding -> finding.rule().equals(defect.ruleId())),
              context);
        });
  }

  @Test
  void validationIsDeterministicAndNeverThrowsOnMutatedRoadmaps() {
    qt().withExamples(300)
        .forAll(longs().all(), arbitrary().enumValues(Defect.class), arbitrary().enumValues(Defect.class))
        .checkAssert((seed, first, second) -> {
          SplittableRandom random = new SplittableRandom(seed);
          Roadmap broken = second.inject(first.inject(RoadmapGenerator.roadmap(random), random), random);
          assertEquals(VALIDATOR.validate(broken), VALIDATOR.validate(broken));
          assertEquals(
              VALIDATOR.validate(broken), VALIDATOR.validate(broken.toBuilder().build()));
        });
  }
}
