package io.github.ceproadmap.examples;

// tag::example[]
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** How a CEP tool property-tests its own handling of roadmaps with cep-model's tests jar. */
class PropertyTestingExampleTest {
  private final Validator validator = Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  @Test
  void myToolKeepsEveryConsistentRoadmapIntact() {
    for (long seed = 0; seed < 200; seed++) {
      Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      assertEquals(List.of(), validator.validate(roadmap).findings(), "seed " + seed);
      // Stand-in for the tool under test: here, a JSON round trip.
      String json = RoadmapCodec.strict().encode(roadmap);
      assertEquals(roadmap, RoadmapCodec.strict().decode(json), "seed " + seed);
    }
  }

  @Test
  void myToolSeesEveryKindOfDefect() {
    SplittableRandom random = new SplittableRandom(42);
    for (Defect defect : Defect.values()) {
      Roadmap broken = defect.inject(RoadmapGenerator.roadmap(random), random);
      assertFalse(validator.validate(broken).findings(defect.ruleId()).isEmpty(), defect.name());
    }
  }
}
// end::example[]
