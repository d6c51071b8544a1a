package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  void showPrintsTheMatrixWithEveryAction() {
    CepRun run = CepRun.of("show");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("Circular Electronics Roadmap, edition 2.0, status Q1 2024\n"),
        run::toString);
    for (Action action : Editions.tableA().allActions()) {
      assertTrue(run.out().contains(action.id() + " "), "missing " + action.id());
    }
    assertTrue(run.out().contains("Cross-cutting actions"), run::toString);
    assertTrue(run.out().lines().allMatch(line -> line.length() <= 132), run::toString);
  }

  @Test
  void showMarkdownIsATableWithARowPerAxis() {
    CepRun run = CepRun.of("show", "--format", "markdown");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertTrue(run.out().contains("| **Company actions** |"), run::toString);
    assertTrue(run.out().contains("2.5 Commit to meeting the demand"), run::toString);
    assertEquals(2 + 3, run.out().lines().filter(l -> l.startsWith("|")).count(), run::toString);
  }

  @Test
  void renderWritesASelfContainedPageWithEveryActionAndItsState() throws IOException {
    Path page = dir.resolve("roadmap.html");
    CepRun run = CepRun.of("render", "--out", page.toString(), "--as-of", "2024-03");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    String html = Files.readString(page);
    for (Action action : Editions.tableA().allActions()) {
      assertTrue(html.contains("data-action=\"" + action.id() + "\""), "missing " + action.id());
    }
    assertTrue(html.contains("data-action=\"2.1\" data-state=\"completed\""), html);
    assertTrue(html.contains("data-action=\"2.2\" data-state=\"none\""), html);
    assertTrue(html.contains("has-findings"), html);
    Matcher external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html);
    assertFalse(external.find(), "the page loads something from the network");
    assertEquals(1, html.split("<script", -1).length - 1, "the page has a script of its own only");
    assertTrue(html.contains("<script>"), "the page's script is not inline");
  }

  @Test
  void renderEscapesTextFromTheDocument() throws IOException {
    Roadmap hostile = Editions.tableA();
    Pathway first = hostile.pathways().get(0);
    List<Action> actions = new ArrayList<>(first.actions());
    actions.set(0, actions.get(0).toBuilder().title("<script>alert('x')</script> & \"more\"").build());
    List<Pathway> pathways = new ArrayList<>(hostile.pathways());
    pathways.set(0, first.toBuilder().actions(actions).build());
    Path input = Files.write(dir.resolve("hostile.json"),
        RoadmapCodec.strict().encodeToBytes(hostile.toBuilder().pathways(pathways).build()));
    Path page = dir.resolve("hostile.html");
    CepRun run = CepRun.of("render", input.toString(), "--out", page.toString());
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    String html = Files.readString(page);
    assertEquals(html.indexOf("<script>"), html.lastIndexOf("<script>"), "a title became markup");
    assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"));
  }

  @Test
  void diffOfTableAAndTableBReportsTheRenumberingAndTheRemoval() throws IOException {
    Path a = Files.write(dir.resolve("a.json"), RoadmapCodec.strict().encodeToBytes(Editions.tableA()));
    Path b = Files.write(dir.resolve("b.json"), RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    CepRun run = CepRun.of("diff", a.toString(), b.toString());
    assertEquals(Cep.FINDINGS, run.exitCode(), run::toString);
    assertTrue(run.out().contains("action 2.5 renumbered to 2.4"), run::toString);
    assertTrue(run.out().contains("action 3.7 removed"), run::toString);

    CepRun json = CepRun.of("diff", a.toString(), b.toString(), "--format", "json");
    JsonNode changes = JsonMapper.builder().build().readTree(json.out()).get("changes");
    // The roadmap's own fields come first: only the dashboard (table A) names its quarter.
    assertTrue(run.out().startsWith("roadmap " + Editions.tableA().id()
        + " statusQuarter changed from \"2024-Q1\" to \"\"\n"), run::toString);
    assertEquals("roadmap-changed", changes.get(0).get("kind").asString());
    assertEquals("2024-Q1", changes.get(0).get("before").asString());
    assertEquals("", changes.get(0).get("after").asString());
    assertEquals("action-renumbered", changes.get(1).get("kind").asString());
    assertEquals("2.5", changes.get(1).get("before").asString());
    assertEquals("2.4", changes.get(1).get("after").asString());

    CepRun same = CepRun.of("diff", a.toString(), a.toString());
    assertEquals(Cep.OK, same.exitCode(), same::toString);
    assertEquals(Cep.UNREADABLE, CepRun.of("diff", a.toString(), "missing.json").exitCode());
    assertEquals(Cep.USAGE, CepRun.of("diff", a.toString()).exitCode());
  }

  @Test
  void formatPrintsTheCanonicalDocument() {
    CepRun run = CepRun.of("format");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertEquals(new String(ValidateCommandTest.builtIn(), StandardCharsets.UTF_8), run.out());
  }

  @Test
  void formatWriteReplacesTheFileKeepingItsPermissions() throws IOException {
    Path file = Files.write(dir.resolve("compact.json"),
        RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    CepRun run = CepRun.of("format", file.toString(), "--write");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    byte[] pretty = RoadmapCodec.builder().pretty(true).build().encodeToBytes(Editions.tableB());
    assertArrayEquals(pretty, Files.readAllBytes(file));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "a temporary file was left behind");
    }
  }

  @Test
  void aFailingWriteLeavesTheOriginalUnchanged() throws IOException {
    byte[] original = RoadmapCodec.strict().encodeToBytes(Editions.tableB());
    Path file = Files.write(dir.resolve("keep.json"), original);
    OutputFile.Sink normal = OutputFile.sink;
    OutputFile.sink = (out, bytes) -> {
      out.write(bytes, 0, bytes.length / 2);
      throw new IOException("No space left on device");
    };
    try {
      CepRun run = CepRun.of("format", file.toString(), "--write");
      assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
      assertTrue(run.err().contains("No space left on device"), run::toString);
      assertTrue(run.err().contains("the file is unchanged"), run::toString);
    } finally {
      OutputFile.sink = normal;
    }
    assertArrayEquals(original, Files.readAllBytes(file));
    try (var listing = Files.list(dir)) {
      assertEquals(1, listing.count(), "a temporary file was left behind");
    }
  }

  @Test
  void formatWriteNeedsAFile() {
    assertEquals(Cep.USAGE, CepRun.of("format", "--write").exitCode());
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    CepRun run = CepRun.of("schema");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    JsonNode schema = JsonMapper.builder().build().readTree(run.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    assertTrue(schema.get("$id").asString().endsWith("cep-roadmap-1.0.schema.json"));
  }

  @Test
  void everyCommandHasHelpAndTheToolAVersion() {
    for (String command : List.of("validate", "show", "render", "diff", "format", "schema", "export",
        "import")) {
      CepRun run = CepRun.of(command, "--help");
      assertEquals(Cep.OK, run.exitCode(), run::toString);
      assertTrue(run.out().contains("Usage: cep " + command), run::toString);
    }
    CepRun version = CepRun.of("--version");
    assertEquals(Cep.OK, version.exitCode());
    assertTrue(version.out().startsWith("cep 0."), version::toString);
  }

  @Test
  void theToolsHelpListsEveryCommandAndACommandRunAloneKeepsTheToolsSettings() {
    // cep adds only the command a run names (start-up); help still needs them all.
    CepRun helpCommand = CepRun.of("help", "validate");
    assertEquals(Cep.OK, helpCommand.exitCode(), helpCommand::toString);
    assertTrue(helpCommand.out().contains("Usage: cep validate"), helpCommand::toString);
    CepRun help = CepRun.of("--help");
    for (String command : List.of("validate", "show", "render", "diff", "format", "schema",
        "rules")) {
      assertTrue(help.out().contains("  " + command + " "), help::toString);
    }
    // Settings made after adding the command: case-insensitive enum values, the month converter.
    CepRun json = CepRun.of("validate", "--format", "JSON", "--as-of", "2023-01");
    assertEquals(Cep.FINDINGS, json.exitCode(), json::toString);
    assertTrue(json.out().contains("\"rule\" : \"project-status-date-conflict\""), json::toString);
  }
}
