package io.github.ceproadmap.model.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The findings of one validation, in document order (findings at the same place in the order of
 * the rule catalog).
 *
 * <p>{@link #isValid()} means "no error": warnings and infos may remain.
 */
public final class ValidationReport {
  private final List<Finding> findings;
  private final Map<String, Long> omitted;

  ValidationReport(List<Finding> findings, Map<String, Long> omitted) {
    this.findings = List.copyOf(findings);
    this.omitted = Collections.unmodifiableMap(new LinkedHashMap<>(omitted));
  }

  /**
   * Returns, for each rule that found more than the validator's {@link
   * Validator.Builder#maxFindingsPerRule(int) cap}, how many of its findings this report does
   * not list; they have the severity of the rule's listed findings.
   *
   * @return rule id to the number of findings not listed, in rule order; empty if none
   */
  public Map<String, Long> omitted() {
    return omitted;
  }

  /**
   * Returns every finding in document order.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of severity {@code severity}, in document order.
   *
   * @param severity the severity to keep
   * @return those findings, possibly empty
   */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the findings of the rule with id {@code ruleId}, in document order.
   *
   * @param ruleId a rule id, such as {@link StandardRules#DUPLICATE_ACTION_ID}
   * @return those findings, possibly empty
   */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
  }

  /**
   * Tells whether some finding is an error.
   *
   * @return whether there is a finding of severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Tells whether the roadmap passed: no finding is an error.
   *
   * @return {@code !hasErrors()}
   */
  public boolean isValid() {
    return !hasErrors();
  }

  /**
   * Two reports are equal when they hold equal findings in the same order and omit the same
   * numbers.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal report
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ValidationReport
        && ((ValidationReport) other).findings.equals(findings)
        && ((ValidationReport) other).omitted.equals(omitted);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return findings.hashCode() * 31 + omitted.hashCode();
  }

  /**
   * Returns one line per finding.
   *
   * @return the findings, one per line, then one line per rule with omitted findings, or "no
   *     findings"
   */
  @Override
  public String toString() {
    if (findings.isEmpty()) {
      return "no findings";
    }
    StringBuilder text = new StringBuilder(
        findings.stream().map(Finding::toString).collect(Collectors.joining("\n")));
    omitted.forEach((rule, count) ->
        text.append("\nand ").append(count).append(" more findings of ").append(rule));
    return text.toString();
  }
}
