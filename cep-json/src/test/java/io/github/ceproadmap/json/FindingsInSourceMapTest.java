package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every finding of every rule points at a value that the encoded document has: the source map of
 * that document holds the finding's pointer (and its related pointer) itself, so a report places
 * it exactly, not through {@link SourceMap#locate(DocumentPointer) an ancestor}.
 */
class FindingsInSourceMapTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  @Test
  void everyDefectsFindingsAreInTheSourceMapOfTheEncodedDocument() {
    qt().withExamples(120)
        .forAll(integers().between(0, Defect.values().length - 1), longs().all())
        .checkAssert((d, seed) -> {
          Defect defect = Defect.values()[d];
          SplittableRandom random = new SplittableRandom(seed);
          Roadmap roadmap = defect.inject(RoadmapGenerator.roadmap(random), random);
          SourceMap map =
              RoadmapCodec.strict().decodeWithSourceMap(RoadmapCodec.strict().encode(roadmap))
                  .sourceMap();
          var findings = VALIDATOR.validate(roadmap).findings(defect.ruleId());
          assertFalse(findings.isEmpty(), defect::name);
          for (Finding finding : findings) {
            assertTrue(map.find(finding.pointer()).isPresent(), () -> defect + ": " + finding);
            finding.related().ifPresent(related -> assertTrue(map.find(related).isPresent(),
                () -> defect + ": related " + related + " of " + finding));
          }
        });
  }
}
