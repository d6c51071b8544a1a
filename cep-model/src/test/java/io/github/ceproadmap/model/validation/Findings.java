package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Runs one rule on its own and checks what it found. */
final class Findings {
  private Findings() {}

  /** Returns what {@code rule} finds in {@code roadmap} at its default severity, no as-of month. */
  static List<Finding> of(Rule rule, Roadmap roadmap) {
    return of(rule, roadmap, null);
  }

  /** Returns what {@code rule} finds in {@code roadmap} at its default severity. */
  static List<Finding> of(Rule rule, Roadmap roadmap, @Nullable YearMonth asOf) {
    RuleContext context =
        new RuleContext(rule, rule.description().defaultSeverity(), asOf, Integer.MAX_VALUE);
    rule.check(roadmap, context);
    return List.copyOf(context.findings());
  }

  /** Returns the one finding of {@code findings}, failing if there are none or several. */
  static Finding only(List<Finding> findings) {
    assertEquals(1, findings.size(), () -> "expected one finding but got:\n" + findings);
    return findings.get(0);
  }

  /**
   * Checks a finding's rule, severity, pointers, and that its message names each of
   * {@code named}.
   */
  static void assertFinding(
      Finding finding,
      String rule,
      Severity severity,
      String pointer,
      @Nullable String related,
      String... named) {
    assertEquals(rule, finding.rule(), "rule");
    assertEquals(severity, finding.severity(), "severity");
    assertEquals(pointer, finding.pointer().toString(), "pointer");
    assertEquals(
        Optional.ofNullable(related), finding.related().map(Object::toString), "related");
    for (String value : named) {
      assertTrue(
          finding.message().contains(value),
          () -> "message should name " + value + ": " + finding.message());
    }
  }

  /**
   * Checks that a finding carries exactly the values {@code namesAndValues} gives, as name, value,
   * name, value.
   */
  static void assertValues(Finding finding, Object... namesAndValues) {
    java.util.Map<String, Object> expected = new java.util.TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      expected.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    assertEquals(expected, finding.values(), () -> "values of " + finding);
  }
}
