package io.github.ceproadmap.examples.cli;

import io.github.ceproadmap.examples.render.TerminalText;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.sheets.CellRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code cep validate} found in one document.
 *
 * @param file the document's name
 * @param unreadable whether the document could not be read or decoded (its one entry says why)
 * @param entries the findings, in document order
 * @param omitted per rule, the findings past the validator's cap that are counted, not listed
 */
record FileReport(String file, boolean unreadable, List<Entry> entries, List<Omitted> omitted) {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One finding, or the reason a document could not be read or decoded.
   *
   * @param rule the rule id, {@code read-error} or {@code decode-error}
   * @param severity the severity
   * @param pointer the JSON Pointer of the offending value
   * @param line the line, from 1; 0 if unknown (the file could not be read)
   * @param column the column, from 1; 0 if unknown
   * @param message what is wrong
   * @param cell the cell of the offending value in a workbook or CSV folder, or null
   */
  record Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
      String message, @Nullable CellRef cell) {
    Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
        String message) {
      this(rule, severity, pointer, line, column, message, null);
    }
  }

  /**
   * Where a value stands: a line and column of a JSON document, or a cell of a spreadsheet.
   *
   * @param line the line, from 1; 0 for a cell or if unknown
   * @param column the column, from 1; 0 for a cell or if unknown
   * @param cell the cell, or null
   */
  record Place(int line, int column, @Nullable CellRef cell) {}

  /**
   * A cell as reports name it after the file: {@code Projects!F2} in a workbook, {@code
   * actions.csv: row 2, column 2} in a CSV folder.
   */
  static String cellName(CellRef cell) {
    return cell.sheet().isPresent() ? cell.place() : cell.toString();
  }

  /**
   * Findings of one rule that the report counts but does not list.
   *
   * @param rule the rule id
   * @param severity the severity of the rule's findings
   * @param count how many are not listed
   */
  record Omitted(String rule, Severity severity, long count) {}

  boolean valid() {
    return entries.stream().noneMatch(e -> e.severity() == Severity.ERROR);
  }

  /**
   * One line a finding, {@code FILE:LINE:COLUMN: SEVERITY RULE: message}, then a summary. Under
   * a finding whose rule {@code explain} describes, that rule's fix and example follow, indented.
   */
  static String text(List<FileReport> reports, Map<String, RuleDescription> explain) {
    StringBuilder out = new StringBuilder();
    int[] counts = new int[Severity.values().length];
    for (FileReport report : reports) {
      for (Entry entry : report.entries()) {
        counts[entry.severity().ordinal()]++;
        out.append(TerminalText.escape(report.file()));
        if (entry.cell() != null) {
          out.append(": ").append(TerminalText.escape(cellName(entry.cell())));
        } else if (entry.line() > 0) {
          out.append(':').append(entry.line()).append(':').append(entry.column());
        }
        out.append(": ").append(entry.severity().id()).append(' ').append(entry.rule())
            .append(": ").append(TerminalText.escape(entry.message())).append('\n');
        RuleDescription rule = explain.get(entry.rule());
        if (rule != null) {
          RulesCommand.explain(rule, "    ", out);
        }
      }
      for (Omitted omitted : report.omitted()) {
        counts[omitted.severity().ordinal()] += (int) Math.min(Integer.MAX_VALUE, omitted.count());
        out.append(TerminalText.escape(report.file())).append(": ").append(omitted.severity().id())
            .append(' ').append(omitted.rule()).append(": and ").append(omitted.count())
            .append(" more findings of this rule, not listed\n");
      }
    }
    long failed = reports.stream().filter(r -> !r.valid()).count();
    out.append(reports.size()).append(reports.size() == 1 ? " file checked" : " files checked")
        .append(", ").append(failed).append(" not valid: ")
        .append(plural(counts[Severity.ERROR.ordinal()], "error")).append(", ")
        .append(plural(counts[Severity.WARNING.ordinal()], "warning")).append(", ")
        .append(plural(counts[Severity.INFO.ordinal()], "info")).append('\n');
    return out.toString();
  }

  /** {@code {"files":[{"file":..,"valid":..,"findings":[...]}]}}, pretty-printed. */
  static String json(List<FileReport> reports) {
    List<Object> files = new ArrayList<>();
    for (FileReport report : reports) {
      List<Object> findings = new ArrayList<>();
      for (Entry entry : report.entries()) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("rule", entry.rule());
        finding.put("severity", entry.severity().id());
        finding.put("pointer", entry.pointer().toString());
        finding.put("line", entry.line() > 0 ? entry.line() : null);
        finding.put("column", entry.column() > 0 ? entry.column() : null);
        if (entry.cell() != null) {
          finding.put("cell", cellName(entry.cell()));
        }
        finding.put("message", entry.message());
        findings.add(finding);
      }
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", report.file());
      file.put("valid", report.valid());
      file.put("findings", findings);
      Map<String, Long> omitted = new LinkedHashMap<>();
      report.omitted().forEach(o -> omitted.put(o.rule(), o.count()));
      file.put("omitted", omitted);
      files.add(file);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("files", files)) + "\n";
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
