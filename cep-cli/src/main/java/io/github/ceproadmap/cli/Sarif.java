package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.model.validation.Rule;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as a SARIF 2.1.0 log, so that code-scanning tools show them on the file: one run,
 * the rules as the driver's rule descriptors (title, what it checks, how to fix it), one result
 * per finding pointing at its rule by index, with its physical location (file, start line and
 * column), its JSON Pointer as a logical location, and the values it is about in its property
 * bag ({@code properties.values}; the rule descriptor's property bag says what each means).
 */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private Sarif() {}

  static String of(List<DocumentReport> reports, List<Rule> rules) {
    List<Object> descriptors = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleDescription rule : RulesCommand.catalog(rules)) {
      ruleIndex.put(rule.id(), descriptors.size());
      descriptors.add(descriptor(rule));
    }

    List<Object> results = new ArrayList<>();
    for (DocumentReport report : reports) {
      for (DocumentReport.Entry entry : report.entries()) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(report.file())));
        if (entry.line() > 0) {
          // For a spreadsheet cell, its row as the line and its column as the column.
          physical.put("region",
              Map.of("startLine", entry.line(), "startColumn", entry.column()));
        }
        List<Object> logical = new ArrayList<>();
        logical.add(Map.of("fullyQualifiedName", entry.pointer().toString(), "kind", "member"));
        entry.cell().ifPresent(
            cell -> logical.add(Map.of("fullyQualifiedName", cell, "kind", "element")));
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        location.put("logicalLocations", logical);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", entry.rule());
        result.put("ruleIndex", ruleIndex.get(entry.rule()));
        result.put("level", level(entry.severity()));
        result.put("message", Map.of("text", entry.message()));
        result.put("locations", List.of(location));
        if (!entry.values().isEmpty()) {
          // The finding's values as data, in the result's property bag.
          result.put("properties", Map.of("values", entry.valuesAsJson()));
        }
        results.add(result);
      }
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "cep");
    driver.put("version", new Cep.Version().getVersion()[0].substring("cep ".length()));
    driver.put("informationUri", "https://github.com/ceproadmap/cep-roadmap");
    driver.put("rules", descriptors);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    List<Object> omitted = new ArrayList<>();
    for (DocumentReport report : reports) {
      for (DocumentReport.Omitted rule : report.omitted()) {
        omitted.add(Map.of("file", uri(report.file()), "rule", rule.rule(), "count", rule.count()));
      }
    }
    if (!omitted.isEmpty()) {
      // Findings past the validator's cap per rule: counted here so the log says they exist.
      run.put("properties", Map.of("omittedFindings", omitted));
    }
    log.put("runs", List.of(run));
    return JsonOutput.of(log);
  }

  /** A reportingDescriptor: the rule's title, what it checks, and the fix with its example. */
  private static Map<String, Object> descriptor(RuleDescription rule) {
    Map<String, Object> descriptor = new LinkedHashMap<>();
    descriptor.put("id", rule.id());
    descriptor.put("shortDescription", Map.of("text", rule.title()));
    descriptor.put("fullDescription", Map.of("text", rule.description()));
    descriptor.put("help", Map.of(
        "text", rule.guidance() + " Example: " + rule.example(),
        "markdown", rule.guidance() + "\n\nExample: " + rule.example()));
    descriptor.put("defaultConfiguration", Map.of("level", level(rule.defaultSeverity())));
    if (!rule.values().isEmpty()) {
      // What each value of the rule's results means, in the descriptor's property bag.
      Map<String, Object> values = new LinkedHashMap<>();
      rule.values().forEach(value -> values.put(value.name(), value.meaning()));
      descriptor.put("properties", Map.of("values", values));
    }
    return descriptor;
  }

  /** SARIF levels: error, warning, note. */
  static String level(Severity severity) {
    return severity == Severity.INFO ? "note" : severity.id();
  }

  /** A relative URI reference for a file name: forward slashes, reserved characters escaped. */
  private static String uri(String file) {
    StringBuilder uri = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        uri.append((char) c);
      } else {
        uri.append('%').append(String.format("%02X", c));
      }
    }
    return uri.toString();
  }
}
