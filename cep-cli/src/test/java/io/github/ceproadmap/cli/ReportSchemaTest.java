package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.Validator;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.time.YearMonth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code cep validate --format json} and a service's {@link DocumentReport} write the same JSON,
 * which follows its published schema and sums up like the text.
 */
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
    Files.write(tableB, RoadmapCodec.strict().encodeToBytes(twoDuplicatedIds()));
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
    JsonNode duplicate = report.at("/files/0/findings/0");
    assertEquals("duplicate-action-id", duplicate.get("rule").asString(), run::toString);
    assertEquals(JSON.readTree("{\"id\": \"2.4\", \"times\": 2}"), duplicate.get("values"));
    assertFalse(report.at("/files/1/findings/0").has("values"), run::toString);
  }

  @Test
  void theSchemaAllowsValuesThatAreStringsIntegersOrListsOfThemOnly() throws IOException {
    String report = DocumentReport.toJson(List.of(DocumentReport.of("a.json", false,
        List.of(new DocumentReport.Entry("empty-axis-in-pathway", Severity.INFO,
            DocumentPointer.of("pathways", 0, "actions"), 3, 7, "m", Optional.empty(),
            Map.of("pathway", 5, "count", 2, "axes", List.of("company", "government"),
                "asOf", YearMonth.of(2024, 3), "year", Year.of(2025)))))));
    assertEquals(List.of(), schema().validate(report, InputFormat.JSON), report);

    String nested = report.replace("\"count\" : 2", "\"count\" : {\"n\": 2}");
    assertTrue(nested.contains("{\"n\": 2}"), report);
    assertFalse(schema().validate(nested, InputFormat.JSON).isEmpty());
    String fraction = report.replace("\"count\" : 2", "\"count\" : 2.5");
    assertFalse(schema().validate(fraction, InputFormat.JSON).isEmpty());
  }

  @Test
  void theCommandWritesWhatADocumentReportWritesForTheSameDocuments() throws IOException {
    byte[] tableB = RoadmapCodec.strict().encodeToBytes(Editions.tableB());
    Path good = dir.resolve("b.json");
    Files.write(good, tableB);
    byte[] brokenBytes = "{\"schemaVersion\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path broken = dir.resolve("broken.json");
    Files.write(broken, brokenBytes);
    CepRun run = CepRun.of("validate", "--format", "json", "--as-of", "2024-03",
        good.toString(), broken.toString());

    Validator validator = Validator.builder().asOf(YearMonth.of(2024, 3)).build();
    String service = DocumentReport.toJson(List.of(
        DocumentReport.check(good.toString(), tableB, RoadmapCodec.strict(), validator),
        DocumentReport.check(broken.toString(), brokenBytes, RoadmapCodec.strict(), validator)));
    assertEquals(service, run.out(), run::toString);
  }

  @Test
  void aReportWithFindingsPastTheCapCountsThemAndFollowsTheSchema() throws IOException {
    byte[] tableB = RoadmapCodec.strict().encodeToBytes(twoDuplicatedIds());
    Validator capped = Validator.builder().maxFindingsPerRule(1).build();
    DocumentReport report = DocumentReport.check("b.json", tableB, RoadmapCodec.strict(), capped);
    String json = DocumentReport.toJson(List.of(report));
    assertEquals(List.of(), schema().validate(json, InputFormat.JSON), json);

    JsonNode file = JSON.readTree(json).at("/files/0");
    assertEquals(1, file.at("/omitted/duplicate-action-id").asInt(), json);
    long listed = report.entries().stream()
        .filter(e -> e.rule().equals("duplicate-action-id")).count();
    assertEquals(1, listed);
    assertEquals(2, JSON.readTree(json).at("/summary/byRule/duplicate-action-id/error").asInt());
    assertEquals(report.entries().size() + report.omitted().stream()
            .mapToLong(DocumentReport.Omitted::count).sum(),
        file.at("/counts/error").asLong() + file.at("/counts/warning").asLong()
            + file.at("/counts/info").asLong());
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

  /** Table A with table B's pathway 2: two action ids used twice (2.4 and 4.3). */
  private static Roadmap twoDuplicatedIds() {
    Roadmap tableA = Editions.tableA();
    List<Pathway> pathways = new ArrayList<>(tableA.pathways());
    pathways.set(1, Editions.tableB().pathways().get(1));
    return tableA.toBuilder().pathways(pathways).build();
  }
}
