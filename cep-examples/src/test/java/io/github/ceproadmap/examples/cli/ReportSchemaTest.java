package io.github.ceproadmap.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cep validate --format json} follows its published schema and sums up like the text. */
class ReportSchemaTest {
  private static final Path SCHEMA_FILE = Path.of(
      "../cep-json/src/main/resources/io/github/ceproadmap/json/cep-validate-report-1.0.schema.json");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA_FILE), InputFormat.JSON);
  }

  @Test
  void reportsWithFindingsDecodeErrorsAndUnreadableFilesFollowTheSchema() throws IOException {
    Path tableB = dir.resolve("b.json");
    Files.write(tableB, RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"schemaVersion\": ");
    CepRun run = CepRun.of("validate", "--format", "json", "--as-of", "2024-03",
        tableB.toString(), broken.toString(), dir.resolve("missing.json").toString());
    assertEquals(List.of(), schema().validate(run.out(), InputFormat.JSON), run::toString);

    JsonNode report = JSON.readTree(run.out());
    JsonNode summary = report.get("summary");
    assertEquals(3, summary.get("files").asInt());
    assertEquals(3, summary.get("notValid").asInt());
    int errors = 0;
    for (JsonNode file : report.get("files")) {
      errors += file.get("counts").get("error").asInt();
    }
    assertEquals(errors, summary.get("counts").get("error").asInt());
    assertEquals(2, summary.get("byRule").get("duplicate-action-id").get("error").asInt());
    assertEquals(1, summary.get("byRule").get("read-error").get("error").asInt());
  }

  @Test
  void theSchemaRejectsAReportWithoutItsSummary() throws IOException {
    String withoutSummary = "{\"files\": []}";
    assertFalse(schema().validate(withoutSummary, InputFormat.JSON).isEmpty());
  }

  @Test
  void groupingByRulePutsEachRulesFindingsUnderItsCounts() {
    CepRun plain = CepRun.of("validate");
    CepRun grouped = CepRun.of("validate", "--group-by", "rule");
    assertEquals(plain.exitCode(), grouped.exitCode());
    List<String> lines = grouped.out().lines().toList();
    assertEquals("duplicate-action-id: 1 error, 0 warnings, 0 info", lines.get(0), grouped::toString);
    assertTrue(lines.get(1).startsWith("  roadmap-2.0.json:"), grouped::toString);
    assertEquals(plain.out().lines().filter(l -> l.contains(": warning ")).count(),
        lines.stream().filter(l -> l.startsWith("  ") && l.contains(": warning ")).count());
    assertEquals(plain.out().lines().reduce((a, b) -> b), grouped.out().lines().reduce((a, b) -> b));
  }
}
