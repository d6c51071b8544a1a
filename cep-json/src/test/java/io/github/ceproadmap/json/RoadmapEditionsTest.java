package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The published documents decode to exactly the roadmaps that the model's tests build
 * independently from the seed text, and are in canonical pretty form.
 */
class RoadmapEditionsTest {
  private static final RoadmapCodec PRETTY = RoadmapCodec.builder().pretty(true).build();

  @Test
  void edition20IsTableAOfTheDashboardAsTranscribedInJava() {
    assertEquals(Editions.tableA(), RoadmapEditions.edition2_0());
  }

  @Test
  void theActivationSlideIsTableBAsTranscribedInJava() {
    assertEquals(Editions.tableB(), RoadmapEditions.edition2_0ActivationSlide());
  }

  @Test
  void bothDocumentsAreCanonical() {
    assertArrayEquals(PRETTY.encodeToBytes(Editions.tableA()),
        RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0));
    assertArrayEquals(PRETTY.encodeToBytes(Editions.tableB()),
        RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE));
  }

  @Test
  void theDocumentsLieAtTheirDocumentedPathsBesideTheSchema() throws IOException {
    ClassLoader loader = RoadmapEditionsTest.class.getClassLoader();
    for (String path : new String[] {RoadmapEditions.EDITION_2_0,
        RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE,
        "io/github/ceproadmap/json/" + RoadmapSchema.RESOURCE}) {
      try (InputStream in = loader.getResourceAsStream(path)) {
        assertEquals(true, in != null, path);
      }
    }
  }

  @Test
  void eachEditionIsDecodedOnceAndShared() {
    assertSame(RoadmapEditions.edition2_0(), RoadmapEditions.edition2_0());
    assertSame(RoadmapEditions.edition2_0ActivationSlide(),
        RoadmapEditions.edition2_0ActivationSlide());
  }

  @Test
  void opensNothingButThePublishedDocuments() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RoadmapEditions.open("io/github/ceproadmap/json/cep-roadmap-1.0.schema.json"));
    assertEquals("expected " + RoadmapEditions.EDITION_2_0 + " or "
        + RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE
        + " but found \"io/github/ceproadmap/json/cep-roadmap-1.0.schema.json\"", e.getMessage());
  }
}
