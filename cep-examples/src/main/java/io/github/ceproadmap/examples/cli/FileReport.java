package io.github.ceproadmap.examples.cli;

import io.github.ceproadmap.examples.render.TerminalText;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.sheets.CellRef;
import java.util.ArrayList;
import java.util.Arrays;
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
   * Grouped by rule, the findings of each rule follow a line naming the rule and its counts, in
   * the order the rules first appear.
   */
  static String text(
      List<FileReport> reports, Map<String, RuleDescription> explain, boolean groupByRule) {
    StringBuilder out = new StringBuilder();
    Map<String, long[]> byRule = countsByRule(reports);
    if (groupByRule) {
      for (Map.Entry<String, long[]> group : byRule.entrySet()) {
        out.append(group.getKey()).append(": ").append(counts(group.getValue())).append('\n');
        for (FileReport report : reports) {
          report.lines(group.getKey(), "  ", explain, out);
        }
      }
    } else {
      for (FileReport report : reports) {
        report.lines(null, "", explain, out);
      }
    }
    long failed = reports.stream().filter(r -> !r.valid()).count();
    out.append(reports.size()).append(reports.size() == 1 ? " file checked" : " files checked")
        .append(", ").append(failed).append(" not valid: ")
        .append(counts(total(reports))).append('\n');
    return out.toString();
  }

  /** Appends this file's findings (of {@code rule} only, unless it is null), then its omitted. */
  private void lines(@Nullable String rule, String indent, Map<String, RuleDescription> explain,
      StringBuilder out) {
    for (Entry entry : entries) {
      if (rule != null && !rule.equals(entry.rule())) {
        continue;
      }
      out.append(indent).append(TerminalText.escape(file));
      if (entry.cell() != null) {
        out.append(": ").append(TerminalText.escape(cellName(entry.cell())));
      } else if (entry.line() > 0) {
        out.append(':').append(entry.line()).append(':').append(entry.column());
      }
      out.append(": ").append(entry.severity().id()).append(' ').append(entry.rule())
          .append(": ").append(TerminalText.escape(entry.message())).append('\n');
      RuleDescription described = explain.get(entry.rule());
      if (described != null) {
        RulesCommand.explain(described, indent + "    ", out);
      }
    }
    for (Omitted more : omitted) {
      if (rule == null || rule.equals(more.rule())) {
        out.append(indent).append(TerminalText.escape(file)).append(": ")
            .append(more.severity().id()).append(' ').append(more.rule()).append(": and ")
            .append(more.count()).append(" more findings of this rule, not listed\n");
      }
    }
  }

  /**
   * The report as JSON: each file with its findings and counts by severity, then a summary with
   * the counts over all files and by rule. {@code cep-validate-report-1.0.schema.json}, beside
   * the document schema, describes it.
   */
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
      file.put("counts", countsJson(total(List.of(report))));
      file.put("findings", findings);
      Map<String, Long> omitted = new LinkedHashMap<>();
      report.omitted().forEach(o -> omitted.put(o.rule(), o.count()));
      file.put("omitted", omitted);
      files.add(file);
    }
    Map<String, Object> byRule = new LinkedHashMap<>();
    countsByRule(reports).forEach((rule, counts) -> byRule.put(rule, countsJson(counts)));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", reports.size());
    summary.put("notValid", reports.stream().filter(r -> !r.valid()).count());
    summary.put("counts", countsJson(total(reports)));
    summary.put("byRule", byRule);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("files", files);
    report.put("summary", summary);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
  }

  /** Counts the findings of each rule by severity, listed or not, rules in order of appearance. */
  private static Map<String, long[]> countsByRule(List<FileReport> reports) {
    Map<String, long[]> byRule = new LinkedHashMap<>();
    for (FileReport report : reports) {
      for (Entry entry : report.entries()) {
        byRule.computeIfAbsent(entry.rule(), rule -> new long[Severity.values().length])
            [entry.severity().ordinal()]++;
      }
      for (Omitted more : report.omitted()) {
        byRule.computeIfAbsent(more.rule(), rule -> new long[Severity.values().length])
            [more.severity().ordinal()] += more.count();
      }
    }
    return byRule;
  }

  private static long[] total(List<FileReport> reports) {
    long[] counts = new long[Severity.values().length];
    countsByRule(reports).values().forEach(c -> Arrays.setAll(counts, i -> counts[i] + c[i]));
    return counts;
  }

  private static Map<String, Object> countsJson(long[] counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      json.put(severity.id(), counts[severity.ordinal()]);
    }
    return json;
  }

  /** {@code 1 error, 2 warnings, 1 info}. */
  private static String counts(long[] counts) {
    return plural(counts[Severity.ERROR.ordinal()], "error") + ", "
        + plural(counts[Severity.WARNING.ordinal()], "warning") + ", "
        + plural(counts[Severity.INFO.ordinal()], "info");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
