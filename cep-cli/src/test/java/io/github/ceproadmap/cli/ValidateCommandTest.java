package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void reportsTheFourDefectsOfTheBuiltInRoadmapWithLinesAndColumns() {
    CepRun run = CepRun.of("validate");
    assertEquals(Cep.FINDINGS, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(5, lines.size(), run::toString);
    assertTrue(lines.get(0).matches(
        "roadmap-2\\.0\\.json:\\d+:\\d+: error duplicate-action-id: .*4\\.3.*"), run::toString);
    assertTrue(lines.get(1).contains(": warning duplicate-action-title: "), run::toString);
    assertTrue(lines.get(2).contains(": info empty-axis-in-pathway: "), run::toString);
    assertTrue(lines.get(3).contains(": warning action-numbering-gap: "), run::toString);
    assertEquals("1 file checked, 1 not valid: 1 error, 2 warnings, 1 info", lines.get(4));
    assertEquals("", run.err());
  }

  @Test
  void theLineAndColumnLeadToTheOffendingValue() throws IOException {
    byte[] document = builtIn();
    CepRun run = CepRun.of("validate");
    String first = run.out().lines().findFirst().orElseThrow();
    String[] parts = first.split(":");
    int line = Integer.parseInt(parts[1]);
    int column = Integer.parseInt(parts[2]);
    String text = new String(document, StandardCharsets.UTF_8).lines().toList().get(line - 1);
    assertTrue(text.substring(column - 1).startsWith("\"4.3\""), text);
  }

  @Test
  void jsonOutputParsesAndHoldsTheFindings() {
    CepRun run = CepRun.of("validate", "--format", "json");
    JsonNode files = JSON.readTree(run.out()).get("files");
    assertEquals(1, files.size());
    JsonNode file = files.get(0);
    assertEquals("roadmap-2.0.json", file.get("file").asString());
    assertFalse(file.get("valid").asBoolean());
    JsonNode finding = file.get("findings").get(0);
    assertEquals("duplicate-action-id", finding.get("rule").asString());
    assertEquals("error", finding.get("severity").asString());
    assertEquals("/pathways/3/actions/3/id", finding.get("pointer").asString());
    assertTrue(finding.get("line").asInt() > 1);
    assertTrue(finding.get("column").asInt() > 1);
    assertTrue(finding.get("message").asString().contains("4.3"));
    assertEquals(4, file.get("findings").size());
  }

  @Test
  void sarifOutputCarriesWhatSarif210Requires() {
    CepRun run = CepRun.of("validate", "--format", "sarif");
    JsonNode log = JSON.readTree(run.out());
    assertEquals("2.1.0", log.get("version").asString());
    assertTrue(log.get("$schema").asString().contains("sarif"));
    JsonNode runNode = log.get("runs").get(0);
    JsonNode driver = runNode.get("tool").get("driver");
    assertEquals("cep", driver.get("name").asString());
    assertTrue(driver.get("rules").size() >= 18);
    JsonNode result = runNode.get("results").get(0);
    assertEquals("duplicate-action-id", result.get("ruleId").asString());
    assertEquals("error", result.get("level").asString());
    assertTrue(result.get("message").get("text").asString().contains("4.3"));
    JsonNode physical = result.get("locations").get(0).get("physicalLocation");
    assertEquals("roadmap-2.0.json", physical.get("artifactLocation").get("uri").asString());
    assertTrue(physical.get("region").get("startLine").asInt() > 1);
    assertTrue(physical.get("region").get("startColumn").asInt() > 1);
    assertEquals("note", runNode.get("results").get(2).get("level").asString());
  }

  @Test
  void aMissingFileExitsTwoAndTheOtherFilesAreStillChecked() throws IOException {
    Path good = write("good.json", RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    CepRun run = CepRun.of("validate", dir.resolve("missing.json").toString(), good.toString());
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertTrue(run.out().contains("missing.json: error read-error: no such file"), run::toString);
    assertTrue(run.out().contains("good.json:"), run::toString);
    assertTrue(run.out().contains("duplicate-action-id"), run::toString);
    assertFalse(run.out().contains("Exception"), run::toString);
  }

  @Test
  void badFilesAreOneLineErrorsWithTheirPlace() throws IOException {
    assertUnreadable(dir.toString(), "is a directory");
    assertUnreadable(write("empty.json", new byte[0]).toString(), "empty.json:1:1: error decode-error");
    assertUnreadable(write("broken.json", "{\"schemaVersion\": \"1.0\",\n  \"id\": }".getBytes(
        StandardCharsets.UTF_8)).toString(), "broken.json:2:");
    String newer = new String(builtIn(), StandardCharsets.UTF_8)
        .replace("\"schemaVersion\" : \"1.0\"", "\"schemaVersion\" : \"2.0\"")
        .replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"");
    assertUnreadable(write("newer.json", newer.getBytes(StandardCharsets.UTF_8)).toString(), "2.0");
    assertUnreadable(write("binary.json", new byte[] {0, (byte) 0xff, (byte) 0xfe, 7}).toString(),
        "binary.json:1:");
  }

  @Test
  void standardInputIsReadForADash() {
    CepRun run = CepRun.withStdin(builtIn(), "validate", "-");
    assertEquals(Cep.FINDINGS, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("<stdin>:"), run::toString);
  }

  @Test
  void severitiesAndDisabledRulesApply() {
    CepRun relaxed = CepRun.of("validate", "--severity", "duplicate-action-id=warning");
    assertEquals(Cep.OK, relaxed.exitCode(), relaxed::toString);
    assertTrue(relaxed.out().contains("warning duplicate-action-id"), relaxed::toString);
    CepRun quiet = CepRun.of("validate", "--disable", "duplicate-action-id",
        "--disable", "empty-axis-in-pathway");
    assertEquals(Cep.OK, quiet.exitCode(), quiet::toString);
    assertFalse(quiet.out().contains("duplicate-action-id"), quiet::toString);
    assertFalse(quiet.out().contains("empty-axis"), quiet::toString);
  }

  @Test
  void wrongUsageExits64() {
    CepRun unknownRule = CepRun.of("validate", "--disable", "no-such-rule");
    assertEquals(Cep.USAGE, unknownRule.exitCode(), unknownRule::toString);
    assertTrue(unknownRule.err().contains("no-such-rule"), unknownRule::toString);
    assertEquals(Cep.USAGE, CepRun.of("validate", "--format", "xml").exitCode());
    assertEquals(Cep.USAGE, CepRun.of("validate", "--as-of", "March").exitCode());
    // The format's months only (FormatDates): a year past 9999 is wrong usage, not exit 70.
    CepRun farMonth = CepRun.of("validate", "--as-of", "+10000-01");
    assertEquals(Cep.USAGE, farMonth.exitCode(), farMonth::toString);
    assertTrue(farMonth.err().contains("expected a year-month like \"2022-05\" but found"
        + " \"+10000-01\""), farMonth::toString);
    assertEquals(Cep.USAGE, CepRun.of("frobnicate").exitCode());
    assertEquals(Cep.USAGE, CepRun.of().exitCode());
  }

  @Test
  void asOfChecksProjectDates() {
    CepRun run = CepRun.of("validate", "--as-of", "2023-01");
    assertTrue(run.out().contains("project-status-date-conflict"), run::toString);
  }

  private void assertUnreadable(String file, String expected) {
    CepRun run = CepRun.of("validate", file);
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertTrue(run.out().contains(expected), run::toString);
    assertFalse(run.out().contains("\tat "), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  static byte[] builtIn() {
    return Input.builtIn().bytes();
  }
}
