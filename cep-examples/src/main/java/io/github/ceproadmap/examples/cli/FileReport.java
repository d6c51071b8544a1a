package io.github.ceproadmap.examples.cli;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code cep validate} found in one document.
 *
 * @param file the document's name
 * @param unreadable whether the document could not be read or decoded (its one entry says why)
 * @param entries the findings, in document order
 */
record FileReport(String file, boolean unreadable, List<Entry> entries) {
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
   */
  record Entry(String rule, Severity severity, DocumentPointer pointer, int line, int column,
      String message) {}

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
    record Located(String file, Entry entry) {}
    List<Located> all = new ArrayList<>();
    reports.forEach(report -> report.entries().forEach(e -> all.add(new Located(report.file(), e))));
    Map<String, int[]> byRule = countsByRule(reports);
    if (groupByRule) {
      List<String> order = List.copyOf(byRule.keySet());
      all.sort(java.util.Comparator.comparingInt(located -> order.indexOf(located.entry().rule())));
    }
    StringBuilder out = new StringBuilder();
    String group = null;
    for (Located located : all) {
      Entry entry = located.entry();
      if (groupByRule && !entry.rule().equals(group)) {
        group = entry.rule();
        out.append(group).append(": ").append(counts(byRule.get(group))).append('\n');
      }
      out.append(groupByRule ? "  " : "").append(located.file());
      if (entry.line() > 0) {
        out.append(':').append(entry.line()).append(':').append(entry.column());
      }
      out.append(": ").append(entry.severity().id()).append(' ').append(entry.rule())
          .append(": ").append(entry.message().replace('\n', ' ')).append('\n');
      RuleDescription rule = explain.get(entry.rule());
      if (rule != null) {
        RulesCommand.explain(rule, groupByRule ? "      " : "    ", out);
      }
    }
    long failed = reports.stream().filter(r -> !r.valid()).count();
    out.append(reports.size()).append(reports.size() == 1 ? " file checked" : " files checked")
        .append(", ").append(failed).append(" not valid: ")
        .append(counts(total(reports))).append('\n');
    return out.toString();
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
        finding.put("message", entry.message());
        findings.add(finding);
      }
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", report.file());
      file.put("valid", report.valid());
      file.put("counts", countsJson(total(List.of(report))));
      file.put("findings", findings);
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

  /** Counts the findings of each rule by severity, rules in the order they first appear. */
  private static Map<String, int[]> countsByRule(List<FileReport> reports) {
    Map<String, int[]> byRule = new LinkedHashMap<>();
    for (FileReport report : reports) {
      for (Entry entry : report.entries()) {
        byRule.computeIfAbsent(entry.rule(), rule -> new int[Severity.values().length])
            [entry.severity().ordinal()]++;
      }
    }
    return byRule;
  }

  private static int[] total(List<FileReport> reports) {
    int[] counts = new int[Severity.values().length];
    countsByRule(reports).values().forEach(c -> Arrays.setAll(counts, i -> counts[i] + c[i]));
    return counts;
  }

  private static Map<String, Object> countsJson(int[] counts) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
      json.put(severity.id(), counts[severity.ordinal()]);
    }
    return json;
  }

  /** {@code 1 error, 2 warnings, 1 info}. */
  private static String counts(int[] counts) {
    return plural(counts[Severity.ERROR.ordinal()], "error") + ", "
        + plural(counts[Severity.WARNING.ordinal()], "warning") + ", "
        + plural(counts[Severity.INFO.ordinal()], "info");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
