package io.github.ceproadmap.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

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
  void databindBaselinesHaveAFieldForEveryMemberOfBothDocuments() {
    // Otherwise databind would skip what they lack, and the codec would be held against less work.
    JsonMapper strict =
        JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    for (Workload workload : List.of(Workload.REFERENCE, Workload.LARGE)) {
      Roadmap roadmap = workload == Workload.LARGE ? LARGE : workload.roadmap();
      byte[] document = workload.document();
      RecordRoadmap records = strict.readValue(document, RecordRoadmap.class);
      PlainRoadmap plain = strict.readValue(document, PlainRoadmap.class);
      assertEquals(roadmap.projects().size(), records.projects().size());
      assertEquals(roadmap.projects().size(), plain.projects.size());
      assertEquals(roadmap.pathways().size(), records.pathways().size());
      assertEquals(roadmap.organizations().size(), plain.organizations.size());
    }
  }

  @Test
  void encodeToBytesIsTheUtf8OfEncodeCompactAndPretty() {
    // encodeToBytes writes UTF-8 directly rather than encoding encode's text; same bytes.
    Roadmap reference = Workload.REFERENCE.roadmap();
    Roadmap awkward =
        reference.toBuilder().title("unpaired \uD83D and \uDC00, paired \uD83C\uDF0D").build();
    for (RoadmapCodec codec : List.of(RoadmapCodec.strict(),
        RoadmapCodec.builder().pretty(true).build())) {
      for (Roadmap roadmap : List.of(reference, awkward)) {
        assertArrayEquals(codec.encode(roadmap).getBytes(StandardCharsets.UTF_8),
            codec.encodeToBytes(roadmap));
      }
    }
  }

  @Test
  void referenceWorkloadIsTheBuiltInDocumentInCanonicalForm() {
    RoadmapCodec pretty = RoadmapCodec.builder().pretty(true).build();
    assertEquals(new String(Workload.REFERENCE.document(), StandardCharsets.UTF_8),
        pretty.encode(Workload.REFERENCE.roadmap()));
  }
}
