package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * What checking one document found: the {@code ValidationReport}'s findings of the validator
 * placed on lines and columns of the document, with the findings past the validator's cap counted,
 * or the one reason it could not be read or decoded. {@link #toJson} is the one writer of the
 * report of {@code cep validate --format json}, so a service sends the same JSON:
 *
 * <pre>{@code
 * DocumentReport report = DocumentReport.check("upload.json", bytes, codec, validator);
 * String json = DocumentReport.toJson(List.of(report));
 * }</pre>
 *
 * <p>{@code cep-validate-report-1.0.schema.json}, beside the document schema, describes that JSON.
 * {@link #toProblem()} turns a report with an error into RFC 9457 problem details. Instances are
 * immutable.
 */
public final class DocumentReport {
  /** The rule id of the entry of a document that could not be decoded. */
  public static final String DECODE_ERROR = "decode-error";

  /** The rule id of the entry of a document that could not be read at all. */
  public static final String READ_ERROR = "read-error";

  /**
   * The version of the JSON report's format ({@code cep-validate-report-1.0.schema.json}), which
   * {@link #toJson} writes as {@code formatVersion}.
   */
  public static final String FORMAT_VERSION = "1.0";

  /**
   * One finding, or the reason a document could not be read or decoded.
   *
   * @param rule the rule id, {@link #READ_ERROR} or {@link #DECODE_ERROR}
   * @param severity the severity
   * @param pointer the JSON Pointer of the offending value (the root for the document)
   * @param line the line, from 1 (for a spreadsheet cell, its row); 0 if unknown (the document
   *     could not be read)
   * @param column the column, from 1 (for a spreadsheet cell, its column); 0 if unknown
   * @param message what is wrong
   * @param cell for a roadmap read from a workbook or CSV folder, the cell that holds the value,
   *     as reports name it ({@code Projects!F2}, {@code actions.csv: row 2, column 2})
   * @param values the values the finding is about, typed, sorted by name: its {@link
   *     Finding#values()}; empty for a document that could not be read or decoded
   * @param related the other place the finding involves, such as the first of two duplicates:
   *     its {@link Finding#related()}
   */
  public record Entry(String rule, Severity severity, DocumentPointer pointer, int line,
      int column, String message, Optional<String> cell, Map<String, Object> values,
      Optional<DocumentPointer> related) {
    /**
     * Checks the values and keeps them sorted by name.
     *
     * @param rule see {@link #rule()}
     * @param severity see {@link #severity()}
     * @param pointer see {@link #pointer()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param message see {@link #message()}
     * @param cell see {@link #cell()}
     * @param values see {@link #values()}; copied
     * @param related see {@link #related()}
     * @throws IllegalArgumentException if a value is not one a {@link Finding} may carry
     */
    public Entry {
      values = Finding.copyOfValues(values);
      Objects.requireNonNull(related, "related");
    }

    /**
     * Returns an entry that involves no other place.
     *
     * @param rule see {@link #rule()}
     * @param severity see {@link #severity()}
     * @param pointer see {@link #pointer()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param message see {@link #message()}
     * @param cell see {@link #cell()}
     * @param values see {@link #values()}; copied
     * @throws IllegalArgumentException if a value is not one a {@link Finding} may carry
     */
    public Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
        String message, Optional<String> cell, Map<String, Object> values) {
      this(rule, severity, pointer, line, column, message, cell, values, Optional.empty());
    }

    /**
     * Returns an entry with no values, placed on a line and column or in a cell.
     *
     * @param rule see {@link #rule()}
     * @param severity see {@link #severity()}
     * @param pointer see {@link #pointer()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param message see {@link #message()}
     * @param cell see {@link #cell()}
     */
    public Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
        String message, Optional<String> cell) {
      this(rule, severity, pointer, line, column, message, cell, Map.of());
    }

    /**
     * Returns an entry placed on a line and column of a JSON document, with no cell and no values.
     *
     * @param rule see {@link #rule()}
     * @param severity see {@link #severity()}
     * @param pointer see {@link #pointer()}
     * @param line see {@link #line()}
     * @param column see {@link #column()}
     * @param message see {@link #message()}
     */
    public Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
        String message) {
      this(rule, severity, pointer, line, column, message, Optional.empty());
    }

    /**
     * Returns the values as reports write them, the way the document format writes each type:
     * integers and years as JSON numbers, lists as arrays, and ids, quarters, months, dates and
     * pointers as their document text.
     *
     * @return the values as strings, numbers and lists of them, sorted by name
     */
    public Map<String, Object> valuesAsJson() {
      Map<String, Object> json = new LinkedHashMap<>();
      values.forEach((name, value) -> json.put(name, jsonValue(value)));
      return json;
    }

    private static Object jsonValue(Object value) {
      if (value instanceof List<?> list) {
        return list.stream().map(Entry::jsonValue).toList();
      }
      if (value instanceof Integer || value instanceof Long) {
        return value;
      }
      if (value instanceof Year year) {
        return year.getValue();
      }
      return value.toString();
    }
  }

  /**
   * Where a value stands in the document a roadmap was read from.
   *
   * @param line the line (or a cell's row), from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @param cell the cell's name, for a workbook or CSV folder
   */
  public record Place(int line, int column, Optional<String> cell) {
    /**
     * Returns the place of a source location of a JSON document.
     *
     * @param at the location
     * @return its line and column, with no cell
     */
    public static Place of(SourceLocation at) {
      return new Place(at.line(), at.column(), Optional.empty());
    }
  }

  /**
   * Findings of one rule past the validator's cap, counted but not listed.
   *
   * @param rule the rule id
   * @param severity the severity of the rule's findings
   * @param count how many are not listed, at least 1
   */
  public record Omitted(String rule, Severity severity, long count) {}

  /**
   * How many findings there are of each severity.
   *
   * @param errors the error findings
   * @param warnings the warning findings
   * @param infos the info findings
   */
  public record Counts(long errors, long warnings, long infos) {
    /** No findings. */
    public static final Counts NONE = new Counts(0, 0, 0);

    /**
     * Returns these counts with {@code count} more findings of {@code severity}.
     *
     * @param severity the severity of the added findings
     * @param count how many are added
     * @return the sum
     */
    public Counts plus(Severity severity, long count) {
      return switch (severity) {
        case ERROR -> new Counts(errors + count, warnings, infos);
        case WARNING -> new Counts(errors, warnings + count, infos);
        case INFO -> new Counts(errors, warnings, infos + count);
      };
    }

    /**
     * Returns the sum of these counts and {@code other}.
     *
     * @param other the counts to add
     * @return the sum
     */
    public Counts plus(Counts other) {
      return new Counts(errors + other.errors, warnings + other.warnings, infos + other.infos);
    }
  }

  private final String file;
  private final boolean unreadable;
  private final List<Entry> entries;
  private final List<Omitted> omitted;

  private DocumentReport(
      String file, boolean unreadable, List<Entry> entries, List<Omitted> omitted) {
    this.file = file;
    this.unreadable = unreadable;
    this.entries = List.copyOf(entries);
    this.omitted = List.copyOf(omitted);
  }

  /**
   * Returns a report with the given entries and no omitted findings.
   *
   * @param file the document's name in the report
   * @param unreadable whether the document could not be read or decoded (its one entry says why)
   * @param entries the findings, in document order
   * @return the report
   */
  public static DocumentReport of(String file, boolean unreadable, List<Entry> entries) {
    return new DocumentReport(file, unreadable, entries, List.of());
  }

  /**
   * Returns the report of a document that could not be read at all.
   *
   * @param file the document's name in the report
   * @param problem why it could not be read
   * @return a report with one {@link #READ_ERROR} entry at the root, with no line or column
   */
  public static DocumentReport unreadable(String file, String problem) {
    return of(file, true, List.of(
        new Entry(READ_ERROR, Severity.ERROR, DocumentPointer.root(), 0, 0, problem)));
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
   * @return the report, with the findings past the validator's cap counted per rule
   */
  public static DocumentReport of(String file, DecodedRoadmap decoded, Validator validator) {
    return of(file, decoded.roadmap(), decoded.sourceMap(), validator);
  }

  /**
   * Validates a roadmap and places each finding on its line and column in its document.
   *
   * @param file the document's name in the report
   * @param roadmap the roadmap decoded from the document
   * @param sourceMap the document's source map
   * @param validator the validator
   * @return the report, with the findings past the validator's cap counted per rule
   */
  public static DocumentReport of(
      String file, Roadmap roadmap, SourceMap sourceMap, Validator validator) {
    return of(file, roadmap, pointer -> Place.of(sourceMap.locate(pointer)), validator);
  }

  /**
   * Validates a roadmap and places each finding where {@code locate} says its value stands: a
   * line and column, or a spreadsheet cell for a roadmap read from a workbook.
   *
   * @param file the document's name in the report
   * @param roadmap the roadmap read from the document
   * @param locate the place of the value at a pointer
   * @param validator the validator
   * @return the report, with the findings past the validator's cap counted per rule
   */
  public static DocumentReport of(String file, Roadmap roadmap,
      Function<DocumentPointer, Place> locate, Validator validator) {
    ValidationReport report = validator.validate(roadmap);
    List<Entry> entries = new ArrayList<>();
    for (Finding finding : report.findings()) {
      Place at = locate.apply(finding.pointer());
      entries.add(new Entry(finding.rule(), finding.severity(), finding.pointer(), at.line(),
          at.column(), finding.message(), at.cell(), finding.values(), finding.related()));
    }
    List<Omitted> omitted = new ArrayList<>();
    report.omitted().forEach(
        (rule, count) -> omitted.add(new Omitted(rule, validator.severityOf(rule), count)));
    return new DocumentReport(file, false, entries, omitted);
  }

  /**
   * Returns the report of a document that could not be decoded.
   *
   * @param file the document's name in the report
   * @param error why it could not be decoded
   * @return a report with one {@link #DECODE_ERROR} entry at the error's pointer and location
   */
  public static DocumentReport undecodable(String file, RoadmapDecodeException error) {
    return of(file, true, List.of(new Entry(DECODE_ERROR, Severity.ERROR,
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
   * Returns, per rule, the findings past the validator's cap that are counted but not listed.
   *
   * @return the omitted findings, one per rule that has any
   */
  public List<Omitted> omitted() {
    return omitted;
  }

  /**
   * Counts the findings of each rule by severity, listed or omitted.
   *
   * @param reports the reports
   * @return the counts keyed by rule id, rules in the order they first appear in the reports
   */
  public static Map<String, Counts> countsByRule(List<DocumentReport> reports) {
    Map<String, Counts> byRule = new LinkedHashMap<>();
    for (DocumentReport report : reports) {
      for (Entry entry : report.entries) {
        byRule.merge(entry.rule(), Counts.NONE.plus(entry.severity(), 1), Counts::plus);
      }
      for (Omitted more : report.omitted) {
        byRule.merge(more.rule(), Counts.NONE.plus(more.severity(), more.count()), Counts::plus);
      }
    }
    return byRule;
  }

  /**
   * Counts the findings of the reports by severity, listed or omitted.
   *
   * @param reports the reports
   * @return the counts over all reports
   */
  public static Counts counts(List<DocumentReport> reports) {
    return countsByRule(reports).values().stream().reduce(Counts.NONE, Counts::plus);
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
   * Writes reports as {@code cep validate --format json} does, the shape that {@code
   * cep-validate-report-1.0.schema.json} describes: {@code {"files": [{"file", "valid", "counts",
   * "findings": [{"rule", "severity", "pointer", "line", "column", "message", "values"}],
   * "omitted"}],
   * "summary": {"files", "notValid", "counts", "byRule"}}}, pretty-printed, with a final line
   * break; an unknown line or column is null, and a finding without values has no {@code
   * "values"}.
   *
   * @param reports the reports, one per document, in the order they were checked
   * @return the JSON text
   */
  public static String toJson(List<DocumentReport> reports) {
    List<Object> files = new ArrayList<>();
    for (DocumentReport report : reports) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", report.file);
      file.put("valid", report.valid());
      file.put("counts", countsAsJson(counts(List.of(report))));
      file.put("findings", entriesAsJson(report.entries));
      Map<String, Long> omitted = new LinkedHashMap<>();
      report.omitted.forEach(more -> omitted.put(more.rule(), more.count()));
      file.put("omitted", omitted);
      files.add(file);
    }
    Map<String, Object> byRule = new LinkedHashMap<>();
    countsByRule(reports).forEach((rule, counts) -> byRule.put(rule, countsAsJson(counts)));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", reports.size());
    summary.put("notValid", reports.stream().filter(r -> !r.valid()).count());
    summary.put("counts", countsAsJson(counts(reports)));
    summary.put("byRule", byRule);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("formatVersion", FORMAT_VERSION);
    report.put("files", files);
    report.put("summary", summary);
    return write(report);
  }

  private static Map<String, Object> countsAsJson(Counts counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(Severity.ERROR.id(), counts.errors());
    json.put(Severity.WARNING.id(), counts.warnings());
    json.put(Severity.INFO.id(), counts.infos());
    return json;
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
      entry.related().ifPresent(related -> finding.put("related", related.toString()));
      entry.cell().ifPresent(cell -> finding.put("cell", cell));
      if (!entry.values().isEmpty()) {
        finding.put("values", entry.valuesAsJson());
      }
      findings.add(finding);
    }
    return findings;
  }

  /**
   * Writes plain maps and lists as pretty-printed JSON with a final line break, terminal-safe
   * (values carry document text as it is).
   */
  static String write(Object value) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().with(TerminalSafeEscapes.INSTANCE)
        .writeValueAsString(value) + "\n";
  }

  /**
   * The mapper that writes reports, built on first use so that a text report does not build it;
   * plain maps and lists, so no mapper setting of a user's applies.
   */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
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
