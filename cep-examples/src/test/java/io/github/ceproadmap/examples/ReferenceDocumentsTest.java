package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The published edition 2.0 documents decode to exactly the roadmaps that the model tests build
 * independently from the seed text, and are in canonical form.
 */
class ReferenceDocumentsTest {
  private static final RoadmapCodec PRETTY = RoadmapCodec.builder().pretty(true).build();

  @Test
  void roadmap20IsTableAAsPublished() throws IOException {
    byte[] document = resource("roadmap-2.0.json");
    Roadmap decoded = RoadmapCodec.strict().decode(document);
    assertEquals(Editions.tableA(), decoded);
    assertArrayEquals(document, PRETTY.encodeToBytes(decoded));
  }

  @Test
  void tableBDocumentIsTheProjectActivationMatrix() throws IOException {
    byte[] document = resource("roadmap-2.0-table-b.json");
    Roadmap decoded = RoadmapCodec.strict().decode(document);
    assertEquals(Editions.tableB(), decoded);
    assertArrayEquals(document, PRETTY.encodeToBytes(decoded));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ReferenceDocumentsTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
