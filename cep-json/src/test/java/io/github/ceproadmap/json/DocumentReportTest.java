package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.VALID;
import static io.github.ceproadmap.json.StrictDecodeErrorsTest.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentReportTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new CepJsonModule()).build();

  private static DocumentReport check(String document) {
    return DocumentReport.check("upload.json", document.getBytes(StandardCharsets.UTF_8),
        RoadmapCodec.strict(), Validator.standard());
  }

  @Test
  void theJsonReportCarriesItsFormatVersionAndEachFindingsRelatedPlace() {
    DocumentReport report = DocumentReport.check("roadmap-2.0.json",
        RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0), RoadmapCodec.strict(),
        Validator.standard());
    JsonNode json = MAPPER.readTree(DocumentReport.toJson(List.of(report)));
    assertEquals(DocumentReport.FORMAT_VERSION, json.get("formatVersion").asString());
    JsonNode duplicate = json.at("/files/0/findings/0");
    assertEquals("duplicate-action-id", duplicate.get("rule").asString());
    assertEquals("/pathways/3/actions/3/id", duplicate.get("pointer").asString());
    assertEquals("/pathways/3/actions/2/id", duplicate.get("related").asString());
    JsonNode gap = json.at("/files/0/findings/3");
    assertEquals("action-numbering-gap", gap.get("rule").asString());
    assertEquals(false, gap.has("related"), gap::toString);
  }

  @Test
  void aValidDocumentHasNoProblem() {
    DocumentReport report = check(VALID);
    assertEquals(true, report.valid());
    assertEquals(false, report.unreadable());
    assertEquals(true, report.toProblem().isEmpty());
    JsonNode json = MAPPER.readTree(DocumentReport.toJson(List.of(report)));
    assertEquals("upload.json", json.at("/files/0/file").asString());
    assertEquals(true, json.at("/files/0/valid").asBoolean());
    assertEquals(1, json.at("/summary/files").asInt());
    assertEquals(0, json.at("/summary/notValid").asInt());
    assertEquals(report.entries().size(), json.at("/files/0/counts/warning").asInt()
        + json.at("/files/0/counts/info").asInt());
  }

  @Test
  void aDocumentWithErrorFindingsIs422WithEachFindingPlaced() {
    String invalid = change("\"axis\": \"collective\", \"title\": \"A\"",
        "\"axis\": \"nowhere\", \"title\": \"A\"");
    DocumentReport report = check(invalid);
    assertEquals(false, report.valid());
    DocumentReport.Entry unknownAxis = report.entries().stream()
        .filter(e -> e.pointer().toString().equals("/pathways/0/actions/0/axis")).findFirst().orElseThrow();
    assertEquals(Severity.ERROR, unknownAxis.severity());
    int at = report.entries().indexOf(unknownAxis);
    SourceLocation expected = RoadmapCodec.strict().decodeWithSourceMap(invalid).sourceMap()
        .locate(unknownAxis.pointer());
    assertEquals(expected, SourceLocation.of(unknownAxis.line(), unknownAxis.column()));

    ProblemDetails problem = report.toProblem().orElseThrow();
    assertEquals(422, problem.status());
    assertEquals(report.entries(), problem.findings());
    JsonNode body = MAPPER.readTree(problem.toJson());
    assertEquals(ProblemDetails.INVALID_TYPE, body.get("type").asString());
    assertEquals(422, body.get("status").asInt());
    assertEquals(unknownAxis.pointer().toString(), body.at("/findings/" + at + "/pointer").asString());
    assertEquals(unknownAxis.line(), body.at("/findings/" + at + "/line").asInt());
    assertEquals(unknownAxis.column(), body.at("/findings/" + at + "/column").asInt());
    assertEquals(Map.of("id", ActionId.parse("1.1"), "axis", "nowhere"), unknownAxis.values());
    assertEquals("nowhere", body.at("/findings/" + at + "/values/axis").asString());
  }

  @Test
  void valuesAreWrittenAsTheDocumentFormatWritesEachType() {
    DocumentReport.Entry entry = new DocumentReport.Entry("a-rule", Severity.INFO,
        DocumentPointer.root(), 1, 1, "m", Optional.empty(), Map.of(
            "action", ActionId.parse("4.3"), "project", ProjectId.parse("P2.1"),
            "quarter", Quarter.parse("2024-Q1"), "month", YearMonth.of(2024, 3),
            "date", LocalDate.of(2021, 3, 18), "year", Year.of(2025), "count", 2,
            "big", 5_000_000_000L, "pointer", DocumentPointer.of("projects", 0, "id"),
            "axes", List.of("company", "government")));

    JsonNode json = MAPPER.readTree(DocumentReport.toJson(
        List.of(DocumentReport.of("a.json", false, List.of(entry))))).at("/files/0/findings/0");

    assertEquals(MAPPER.readTree("""
        {"action": "4.3", "axes": ["company", "government"], "big": 5000000000, "count": 2,
         "date": "2021-03-18", "month": "2024-03", "pointer": "/projects/0/id",
         "project": "P2.1", "quarter": "2024-Q1", "year": 2025}"""), json.get("values"));
    assertEquals(List.of("action", "axes", "big", "count", "date", "month", "pointer",
        "project", "quarter", "year"), List.copyOf(entry.values().keySet()));
  }

  @Test
  void anEntryRefusesAValueThatAFindingCannotCarry() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentReport.Entry("a-rule",
        Severity.INFO, DocumentPointer.root(), 1, 1, "m", Optional.empty(),
        Map.of("ratio", 0.5)));
  }

  @Test
  void anUndecodableDocumentIs400WithTheDecodeErrorPlaced() {
    DocumentReport report = check(change("\"id\": \"1.1\"", "\"id\": \"1.x\""));
    assertEquals(true, report.unreadable());
    assertEquals(List.of(new DocumentReport.Entry(DocumentReport.DECODE_ERROR,
            Severity.ERROR, DocumentPointer.parse("/pathways/0/actions/0/id"), 9, 14,
            "expected an action id like \"2.5\" but found \"1.x\"")),
        report.entries());
    ProblemDetails problem = report.toProblem().orElseThrow();
    assertEquals(400, problem.status());
    assertEquals(ProblemDetails.UNREADABLE_TYPE, problem.type());
    assertEquals(true, problem.detail().contains("1.x"));
  }

  @Test
  void malformedJsonIsAnUndecodableDocument() {
    DocumentReport report = check("{\"schemaVersion\": \"1.0\",");
    assertEquals(400, report.toProblem().orElseThrow().status());
    assertEquals(DocumentReport.DECODE_ERROR, report.entries().get(0).rule());
  }

  @Test
  void theProblemOfANestedRoadmapIsFoundAmongTheCausesWithItsAbsolutePointer() {
    String document = "{\"roadmap\": " + change("\"id\": \"1.1\"", "\"id\": \"1.x\"") + "}";
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> MAPPER.readValue(document, new TypeReference<Map<String, Roadmap>>() {}));
    ProblemDetails problem = ProblemDetails.causedBy(new IllegalStateException("wrapped", failure))
        .orElseThrow();
    assertEquals(400, problem.status());
    assertEquals("/roadmap/pathways/0/actions/0/id", problem.findings().get(0).pointer().toString());
    assertEquals(9, problem.findings().get(0).line());
    assertEquals(true, ProblemDetails.causedBy(new IllegalStateException("other")).isEmpty());
  }
}
