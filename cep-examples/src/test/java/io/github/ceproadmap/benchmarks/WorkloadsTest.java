package io.github.ceproadmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' inputs stay what the benchmarks claim to measure: the large workload is a
 * consistent roadmap of the promised size, and its document decodes strictly, under the default
 * limits, back to that roadmap. Nothing here is timed.
 */
class WorkloadsTest {
  private static final Roadmap LARGE = Workload.LARGE.roadmap();

  @Test
  void largeWorkloadHasTheLargeShape() {
    assertEquals(100, LARGE.pathways().size());
    assertEquals(200, LARGE.pathways().get(99).actions().size());
    assertEquals(200, LARGE.crossCuttingActions().size());
    assertEquals(500, LARGE.organizations().size());
    assertEquals(20_000, LARGE.projects().size());
  }

  @Test
  void largeWorkloadHasNoFinding() {
    Validator validator = Validator.builder().asOf(RoadmapGenerator.AS_OF).build();
    assertEquals(List.of(), validator.validate(LARGE).findings());
  }

  @Test
  void largeDocumentDecodesStrictlyToTheSameRoadmapEveryTime() {
    // document() generates the roadmap anew from the seed, so this also shows it is repeatable.
    assertEquals(LARGE, RoadmapCodec.strict().decode(Workload.LARGE.document()));
  }

  @Test
  void largeRoadmapRoundTripsThroughTheCodec() {
    RoadmapCodec codec = RoadmapCodec.strict();
    assertEquals(LARGE, codec.decode(codec.encode(LARGE)));
  }

  @Test
  void referenceWorkloadIsTheBuiltInDocumentInCanonicalForm() {
    RoadmapCodec pretty = RoadmapCodec.builder().pretty(true).build();
    assertEquals(new String(Workload.REFERENCE.document(), java.nio.charset.StandardCharsets.UTF_8),
        pretty.encode(Workload.REFERENCE.roadmap()));
  }
}
