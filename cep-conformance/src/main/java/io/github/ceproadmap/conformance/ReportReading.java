package io.github.ceproadmap.conformance;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * An implementation's report, in the shape of {@code cep validate --format json}, read as an
 * {@link Outcome}: one file whose findings are compared; a sole {@code decode-error} finding
 * means the document was refused at its pointer.
 */
final class ReportReading {
  static final String DECODE_ERROR = "decode-error";

  private ReportReading() {}

  /**
   * Reads the outcome from a report.
   *
   * @throws IllegalArgumentException if the text is not JSON or not a report of one file
   */
  static Outcome outcome(String report) {
    JsonNode root;
    try {
      root = FindingsJson.JSON.readTree(report);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the report is not JSON: " + e.getOriginalMessage());
    }
    JsonNode files = root.path("files");
    if (!files.isArray() || files.size() != 1) {
      throw new IllegalArgumentException(
          "the report has no \"files\" array of exactly one file");
    }
    JsonNode findings = files.get(0).path("findings");
    List<Outcome.Finding> read = FindingsJson.findings(findings, "/files/0/findings");
    if (read.size() == 1 && read.get(0).rule().equals(DECODE_ERROR)) {
      return Outcome.refused(read.get(0).pointer());
    }
    return Outcome.read(read);
  }
}
