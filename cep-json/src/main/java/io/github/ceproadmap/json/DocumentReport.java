package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What checking one document found: the {@code ValidationReport}'s findings of the validator
 * placed on lines and columns of the document, or the one reason it could not be read or decoded.
 * It is the report of {@code cep validate --format json}, for a service to send the same JSON:
 *
 * <pre>{@code
 * DocumentReport report = DocumentReport.check("upload.json", bytes, codec, validator);
 * String json = DocumentReport.toJson(List.of(report));
 * }</pre>
 *
 * <p>{@link #toProblem()} turns a report with an error into RFC 9457 problem details. Instances
 * are immutable.
 */
public final class DocumentReport {
  /** Writes the report; plain maps and lists, so no mapper setting of a user's applies. */
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The rule id of the entry of a document that could not be decoded. */
  public static final String DECODE_ERROR = "decode-error";

  /** The rule id of the entry of a document that could not be read at all. */
  public static final String READ_ERROR = "read-error";

  /**
   * One finding, or the reason a document could not be read or decoded.
   *
   * @param rule the rule id, {@link #READ_ERROR} or {@link #DECODE_ERROR}
   * @param severity the severity
   * @param pointer the JSON Pointer of the offending value (the root for the document)
   * @param line the line, from 1; 0 if unknown (the document could not be read)
   * @param column the column, from 1; 0 if unknown
   * @param message what is wrong
   */
  public record Entry(String rule, Severity severity, DocumentPointer pointer, int line,
      int column, String message) {}

  private final String file;
  private final boolean unreadable;
  private final List<Entry> entries;

  private DocumentReport(String file, boolean unreadable, List<Entry> entries) {
    this.file = file;
    this.unreadable = unreadable;
    this.entries = List.copyOf(entries);
  }

  /**
   * Returns a report with the given entries.
   *
   * @param file the document's name in the report
   * @param unreadable whether the document could not be read or decoded (its one entry says why)
   * @param entries the findings, in document order
   * @return the report
   */
  public static DocumentReport of(String file, boolean unreadable, List<Entry> entries) {
    return new DocumentReport(file, unreadable, entries);
  }

  /**
   * Decodes and validates a document; never throws for what the document holds.
   *
   * @param file the document's name in the report
   * @param document the document, UTF-8 JSON
   * @param codec the codec that decodes it (strict or lenient, with its limits)
   * @param validator the validator that checks the decoded roadmap
   * @return the findings placed in the document, or one {@link #DECODE_ERROR} entry
   */
  public static DocumentReport check(
      String file, byte[] document, RoadmapCodec codec, Validator validator) {
    DecodedRoadmap decoded;
    try {
      decoded = codec.decodeWithSourceMap(document);
    } catch (RoadmapDecodeException e) {
      return undecodable(file, e);
    }
    return of(file, decoded, validator);
  }

  /**
   * Validates a decoded document and places each finding on its line and column.
   *
   * @param file the document's name in the report
   * @param decoded the roadmap with its source map
   * @param validator the validator
   * @return the report
   */
  public static DocumentReport of(String file, DecodedRoadmap decoded, Validator validator) {
    List<Entry> entries = new ArrayList<>();
    for (Finding finding : validator.validate(decoded.roadmap()).findings()) {
      SourceLocation at = decoded.sourceMap().locate(finding.pointer());
      entries.add(new Entry(finding.rule(), finding.severity(), finding.pointer(), at.line(),
          at.column(), finding.message()));
    }
    return new DocumentReport(file, false, entries);
  }

  /**
   * Returns the report of a document that could not be decoded.
   *
   * @param file the document's name in the report
   * @param error why it could not be decoded
   * @return a report with one {@link #DECODE_ERROR} entry at the error's pointer and location
   */
  public static DocumentReport undecodable(String file, RoadmapDecodeException error) {
    return new DocumentReport(file, true, List.of(new Entry(DECODE_ERROR, Severity.ERROR,
        error.pointer(), error.line(), error.column(), error.problem())));
  }

  /**
   * Returns the document's name in the report.
   *
   * @return the name
   */
  public String file() {
    return file;
  }

  /**
   * Tells whether the document could not be read or decoded.
   *
   * @return true if the one entry says why the document could not be read or decoded
   */
  public boolean unreadable() {
    return unreadable;
  }

  /**
   * Tells whether the document has no error entry (warnings and infos do not count).
   *
   * @return whether the document is valid
   */
  public boolean valid() {
    return entries.stream().noneMatch(e -> e.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings, or the one reason the document could not be read or decoded.
   *
   * @return the entries, in document order
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Returns the problem details of a document that is not valid.
   *
   * @return status 400 for a document that could not be read or decoded, 422 for one with error
   *     findings; empty for a valid document
   */
  public Optional<ProblemDetails> toProblem() {
    if (valid()) {
      return Optional.empty();
    }
    return Optional.of(unreadable
        ? ProblemDetails.unreadable(entries)
        : ProblemDetails.invalid(file, entries));
  }

  /**
   * Writes reports as {@code cep validate --format json} does: {@code
   * {"files":[{"file":..,"valid":..,"findings":[{"rule","severity","pointer","line","column",
   * "message"}],"omitted":{}}]}}, pretty-printed, with a final line break; an unknown line or
   * column is null.
   *
   * @param reports the reports, one per document
   * @return the JSON text
   */
  public static String toJson(List<DocumentReport> reports) {
    List<Object> files = new ArrayList<>();
    for (DocumentReport report : reports) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", report.file);
      file.put("valid", report.valid());
      file.put("findings", entriesAsJson(report.entries));
      // The command caps findings per rule and counts the rest here; a report caps none.
      file.put("omitted", Map.of());
      files.add(file);
    }
    return write(Map.of("files", files));
  }

  /** The entries as JSON values, shared by the report and the problem details. */
  static List<Object> entriesAsJson(List<Entry> entries) {
    List<Object> findings = new ArrayList<>();
    for (Entry entry : entries) {
      Map<String, Object> finding = new LinkedHashMap<>();
      finding.put("rule", entry.rule());
      finding.put("severity", entry.severity().id());
      finding.put("pointer", entry.pointer().toString());
      finding.put("line", entry.line() > 0 ? entry.line() : null);
      finding.put("column", entry.column() > 0 ? entry.column() : null);
      finding.put("message", entry.message());
      findings.add(finding);
    }
    return findings;
  }

  /** Writes plain maps and lists as pretty-printed JSON with a final line break. */
  static String write(Object value) {
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  /**
   * Returns the report's file, validity and entry count, for debugging.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "DocumentReport[" + file + (valid() ? ", valid, " : ", not valid, ")
        + entries.size() + " entries]";
  }
}
