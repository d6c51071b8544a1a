package io.github.ceproadmap.conformance;

import io.github.ceproadmap.json.TerminalSafeEscapes;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of running a suite against one implementation.
 *
 * @param implementation the implementation's name
 * @param suiteVersion the format version of the suite
 * @param cases a result a case, in the suite's order
 */
public record ConformanceResult(String implementation, String suiteVersion,
    List<CaseResult> cases) {
  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /**
   * Checks the components.
   *
   * @param implementation see {@link #implementation()}
   * @param suiteVersion see {@link #suiteVersion()}
   * @param cases see {@link #cases()}; copied
   * @throws NullPointerException if a component is null
   */
  public ConformanceResult {
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(suiteVersion, "suiteVersion");
    cases = List.copyOf(cases);
  }

  /**
   * Returns the cases that failed.
   *
   * @return the failed cases' results, in the suite's order
   */
  public List<CaseResult> failed() {
    return cases.stream().filter(result -> !result.passed()).toList();
  }

  /**
   * Returns whether every case passed.
   *
   * @return true if no case failed
   */
  public boolean allPassed() {
    return failed().isEmpty();
  }

  /**
   * Returns the results as a table for people: a line a case, {@code PASS} or {@code FAIL}
   * with its id, and under a failed case what was expected and what came back; then a line of
   * counts. The text is not escaped for a terminal: an implementation's findings may hold any
   * character.
   *
   * @return the table, each line ended by a line feed
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    for (CaseResult result : cases) {
      out.append(result.passed() ? "PASS  " : "FAIL  ").append(result.conformanceCase().id())
          .append('\n');
      if (!result.passed()) {
        out.append("      checks:   ").append(result.conformanceCase().description()).append('\n')
            .append("      expected: ").append(result.conformanceCase().expected()).append('\n')
            .append("      actual:   ")
            .append(result.actual().map(Outcome::toString).orElse("no report")).append('\n')
            .append("      problem:  ").append(result.problem().orElse("")).append('\n');
      }
    }
    int failed = failed().size();
    out.append(cases.size()).append(" cases of suite ").append(suiteVersion).append(": ")
        .append(cases.size() - failed).append(" passed, ").append(failed).append(" failed (")
        .append(implementation).append(")\n");
    return out.toString();
  }

  /**
   * Returns the results as JSON: {@code {"implementation", "suite", "passed", "failed",
   * "cases": [{"id", "passed", and for a failed case "expected", "actual", "problem"}]}}, where
   * {@code expected} and {@code actual} have the shape of a manifest case's {@code expected}
   * ({@code actual} is null when there was no report).
   *
   * @return the JSON text, pretty-printed, with a final line feed, every character a terminal
   *     could act on escaped
   */
  public String toJson() {
    ObjectNode root = PRETTY.createObjectNode();
    root.put("implementation", implementation);
    root.put("suite", suiteVersion);
    root.put("passed", cases.size() - failed().size());
    root.put("failed", failed().size());
    ArrayNode list = root.putArray("cases");
    for (CaseResult result : cases) {
      ObjectNode entry = list.addObject();
      entry.put("id", result.conformanceCase().id());
      entry.put("passed", result.passed());
      if (!result.passed()) {
        entry.set("expected", outcome(result.conformanceCase().expected()));
        if (result.actual().isPresent()) {
          entry.set("actual", outcome(result.actual().get()));
        } else {
          entry.putNull("actual");
        }
        entry.put("problem", result.problem().orElse(""));
      }
    }
    return PRETTY.writer().with(TerminalSafeEscapes.INSTANCE).writeValueAsString(root) + "\n";
  }

  private static ObjectNode outcome(Outcome outcome) {
    ObjectNode node = PRETTY.createObjectNode();
    if (outcome.refused()) {
      ObjectNode refused = node.putObject("refused");
      outcome.refusedAt().ifPresent(pointer -> refused.put("pointer", pointer));
      return node;
    }
    ArrayNode findings = node.putArray("findings");
    for (Outcome.Finding finding : outcome.findings()) {
      findings.addObject().put("rule", finding.rule()).put("severity", finding.severity())
          .put("pointer", finding.pointer())
          .set("values", PRETTY.readTree(finding.values()));
    }
    return node;
  }
}
