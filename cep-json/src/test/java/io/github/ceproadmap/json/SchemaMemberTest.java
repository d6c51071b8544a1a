package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document may name its JSON Schema with {@code $schema}: read in both modes, kept, checked. */
class SchemaMemberTest {
  private static final String WITH_SCHEMA = StrictDecodeErrorsTest.VALID.replaceFirst("\\{",
      "{\"\\$schema\": \"" + RoadmapSchema.ID + "\", ");

  @Test
  void strictAndLenientReadsKeepItAndEncodeWritesItBack() {
    for (RoadmapCodec codec : new RoadmapCodec[] {RoadmapCodec.strict(), RoadmapCodec.lenient()}) {
      Roadmap roadmap = codec.decode(WITH_SCHEMA);
      assertEquals(Map.of("$schema", "\"" + RoadmapSchema.ID + "\""), roadmap.extensions());
      String encoded = codec.encode(roadmap);
      assertTrue(encoded.contains("\"$schema\":\"" + RoadmapSchema.ID + "\""), encoded);
      assertEquals(roadmap, codec.decode(encoded));
    }
  }

  @Test
  void aSchemaThatIsNotAStringIsRefusedAtIt() {
    String bad = StrictDecodeErrorsTest.VALID.replaceFirst("\\{", "{\"\\$schema\": 1, ");
    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(bad));
    assertEquals(DocumentPointer.parse("/$schema"), e.pointer());
  }

  @Test
  void onlyTheDocumentMayNameItsSchema() {
    String nested = StrictDecodeErrorsTest.VALID.replaceFirst("\"axes\": \\[\\{",
        "\"axes\": [{\"\\$schema\": \"x\", ");
    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(nested));
    assertTrue(e.problem().startsWith("unknown key \"$schema\""), e.problem());
  }
}
