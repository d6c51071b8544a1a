package io.github.ceproadmap.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Findings read from JSON, the same way from a case of the manifest and from an
 * implementation's report: {@code rule}, {@code severity}, {@code pointer} and the optional
 * {@code values}; every other member of a finding (message, line, column) is not compared.
 */
final class FindingsJson {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private FindingsJson() {}

  /**
   * Reads an array of findings.
   *
   * @throws IllegalArgumentException naming the member that is missing or of another type
   */
  static List<Outcome.Finding> findings(JsonNode array, String where) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(where + " is not an array");
    }
    List<Outcome.Finding> findings = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode finding = array.get(i);
      String at = where + "/" + i;
      if (!finding.isObject()) {
        throw new IllegalArgumentException(at + " is not an object");
      }
      JsonNode values = finding.path("values");
      if (!values.isMissingNode() && !values.isObject()) {
        throw new IllegalArgumentException(at + "/values is not an object");
      }
      findings.add(new Outcome.Finding(text(finding, "rule", at), text(finding, "severity", at),
          text(finding, "pointer", at), values.isMissingNode() ? "{}" : canonical(values)));
    }
    return findings;
  }

  /** Returns the string member {@code name} of {@code object}. */
  static String text(JsonNode object, String name, String where) {
    JsonNode member = object.get(name);
    if (member == null || !member.isString()) {
      throw new IllegalArgumentException(where + "/" + name + " is missing or not a string");
    }
    return member.asString();
  }

  /** Compact JSON with the members of every object in key order, so that equal values compare. */
  static String canonical(JsonNode node) {
    return sorted(node).toString();
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> members = new TreeMap<>();
      node.properties().forEach(entry -> members.put(entry.getKey(), sorted(entry.getValue())));
      ObjectNode copy = JSON.createObjectNode();
      members.forEach(copy::set);
      return copy;
    }
    if (node.isArray()) {
      var copy = JSON.createArrayNode();
      node.forEach(item -> copy.add(sorted(item)));
      return copy;
    }
    return node;
  }
}
