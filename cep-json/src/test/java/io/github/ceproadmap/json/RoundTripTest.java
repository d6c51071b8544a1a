package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
  private static final RoadmapCodec STRICT = RoadmapCodec.strict();
  private static final RoadmapCodec STRICT_PRETTY = STRICT.toBuilder().pretty(true).build();
  private static final RoadmapCodec LENIENT = RoadmapCodec.lenient();
  private static final RoadmapCodec LENIENT_PRETTY = LENIENT.toBuilder().pretty(true).build();

  @Test
  void decodingAnEncodedRoadmapGivesItBackCompactAndPretty() {
    qt().forAll(GeneratedRoadmaps.consistent()).checkAssert(roadmap -> {
      assertEquals(roadmap, STRICT.decode(STRICT.encode(roadmap)));
      assertEquals(roadmap, STRICT_PRETTY.decode(STRICT_PRETTY.encode(roadmap)));
    });
  }

  @Test
  void extensionsAtEveryLevelSurviveALenientRoundTripCompactAndPretty() {
    qt().forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap -> {
      assertEquals(roadmap, LENIENT.decode(LENIENT.encode(roadmap)));
      assertEquals(roadmap, LENIENT_PRETTY.decode(LENIENT_PRETTY.encode(roadmap)));
    });
  }

  @Test
  void encodingADecodedCanonicalDocumentGivesItsBytesBack() {
    qt().forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap -> {
      for (RoadmapCodec codec : List.of(LENIENT, LENIENT_PRETTY)) {
        byte[] canonical = codec.encodeToBytes(roadmap);
        assertArrayEquals(canonical, codec.encodeToBytes(codec.decode(canonical)));
      }
    });
  }

  @Test
  void compactAndPrettyDocumentsOfOneRoadmapDecodeToTheSameValue() {
    qt().forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap ->
        assertEquals(LENIENT.decode(LENIENT.encode(roadmap)),
            LENIENT.decode(LENIENT_PRETTY.encode(roadmap))));
  }

  @Test
  void bytesAreTheUtf8OfTheText() {
    qt().forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap -> {
      assertArrayEquals(LENIENT.encode(roadmap).getBytes(UTF_8), LENIENT.encodeToBytes(roadmap));
      assertArrayEquals(LENIENT_PRETTY.encode(roadmap).getBytes(UTF_8),
          LENIENT_PRETTY.encodeToBytes(roadmap));
    });
  }

  @Test
  void actionAndProjectIdsAreWrittenAsTheirTextAtEveryNumberOfDigits() {
    qt().forAll(integers().between(0, ActionId.MAX_NUMBER), integers().between(1, ActionId.MAX_NUMBER))
        .checkAssert((pathway, sequence) -> {
          ActionId id = ActionId.parse(pathway + "." + sequence);
          Roadmap tableA = Editions.tableA();
          Project project = Editions.projectP21().toBuilder()
              .id(ProjectId.of(id)).actions(List.of(id, ActionId.parse("2.1"))).build();
          Roadmap roadmap = tableA.toBuilder()
              .addCrossCuttingActions(tableA.pathways().get(0).actions().get(0).toBuilder()
                  .id(id).build())
              .projects(List.of(project))
              .build();
          String text = new String(STRICT.encodeToBytes(roadmap), UTF_8);
          assertTrue(text.contains("{\"id\":\"" + id + "\",\"axis\""), text);
          assertTrue(text.contains("{\"id\":\"" + project.id() + "\",\"title\""), text);
          assertTrue(text.contains("\"actions\":[\"" + id + "\",\"2.1\"]"), text);
          assertEquals(STRICT.encode(roadmap), text);
          assertEquals(roadmap, STRICT.decode(text));
        });
  }

  @Test
  void thePublishedTablesRoundTripDespiteTheirDefects() {
    for (Roadmap table : List.of(Editions.tableA(), Editions.tableB())) {
      assertEquals(table, STRICT.decode(STRICT_PRETTY.encode(table)));
    }
  }

  @Test
  void theCanonicalFixtureIsReproducedByteForByte() {
    for (String name : List.of("canonical-pretty.json", "canonical-compact.json")) {
      byte[] fixture = Fixtures.bytes(name);
      RoadmapCodec codec = name.contains("pretty") ? STRICT_PRETTY : STRICT;
      assertEquals(new String(fixture, UTF_8), codec.encode(codec.decode(fixture)), name);
    }
  }

  @Test
  void everyInputAndOutputKindCarriesTheSameDocument(@TempDir Path dir) throws IOException {
    Roadmap roadmap = Editions.tableA();
    String text = STRICT_PRETTY.encode(roadmap);
    byte[] bytes = text.getBytes(UTF_8);

    Path file = dir.resolve("roadmap.json");
    STRICT_PRETTY.encode(roadmap, file);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    STRICT_PRETTY.encode(roadmap, stream);
    StringWriter writer = new StringWriter();
    STRICT_PRETTY.encode(roadmap, writer);
    assertArrayEquals(bytes, Files.readAllBytes(file));
    assertArrayEquals(bytes, stream.toByteArray());
    assertEquals(text, writer.toString());

    assertEquals(roadmap, STRICT.decode(text));
    assertEquals(roadmap, STRICT.decode(bytes));
    assertEquals(roadmap, STRICT.decode(file));
    assertEquals(roadmap, STRICT.decode(new ByteArrayInputStream(bytes)));
    assertEquals(roadmap, STRICT.decode(new StringReader(text)));
    assertEquals(roadmap, STRICT.decodeWithSourceMap(text).roadmap());
    assertEquals(roadmap, STRICT.decodeWithSourceMap(bytes).roadmap());
    assertEquals(roadmap, STRICT.decodeWithSourceMap(file).roadmap());
    assertEquals(roadmap, STRICT.decodeWithSourceMap(new ByteArrayInputStream(bytes)).roadmap());
    assertEquals(roadmap, STRICT.decodeWithSourceMap(new StringReader(text)).roadmap());
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    String text = STRICT.encode(Editions.tableA());
    assertEquals(Editions.tableA(), STRICT.decode("\uFEFF" + text));
    assertEquals(Editions.tableA(), STRICT.decode(("\uFEFF" + text).getBytes(UTF_8)));
  }
}
