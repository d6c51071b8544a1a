package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonExamplesTest {
  @TempDir Path dir;

  @Test
  void projectActionsListsWhatP21ServesAndWritesARetitledCopy() throws IOException {
    Path file = Files.write(dir.resolve("a.json"), RoadmapCodec.strict().encodeToBytes(Editions.tableA()));
    Path copy = dir.resolve("copy.json");
    List<String> lines = ExampleRunner.run(args -> {
      try {
        ProjectActions.main(args);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, file.toString(), copy.toString());
    assertEquals(List.of(
        "P2.1 Develop guidance for circular electronics procurement (completed)",
        "  serves 2.1 Develop guidance for circular electronics procurement",
        "  serves 2.5 Commit to meeting the demand for circular products and services"), lines);
    assertEquals(Editions.tableA().toBuilder()
        .title("Circular Electronics Roadmap (working copy)").build(),
        RoadmapCodec.strict().decode(copy));
  }

  @Test
  void theJacksonModuleReadsAndWritesThroughAnApplicationsMapper() throws IOException {
    String json = new String(RoadmapCodec.strict().encodeToBytes(Editions.tableA()), StandardCharsets.UTF_8);
    Path file = Files.writeString(dir.resolve("a.json"), json);
    List<String> lines = ExampleRunner.run(JacksonModuleExample::main, file.toString());
    assertEquals("Develop guidance for circular electronics procurement", lines.get(0));
    assertEquals(json.length() + " characters", lines.get(1));
  }

  @Test
  void largeDocumentsReadsWithRaisedLimits() throws IOException {
    Path file = Files.write(dir.resolve("a.json"), RoadmapCodec.strict().encodeToBytes(Editions.tableA()));
    List<String> lines = ExampleRunner.run(args -> {
      try {
        LargeDocuments.main(args);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, file.toString());
    assertEquals(List.of(Editions.tableA().allActions().size() + " actions read, limits raised to"
        + " 268435456 bytes and strings of 4194304 characters"), lines);
  }
}
