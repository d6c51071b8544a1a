package io.github.ceproadmap.model.validation;

import java.util.List;
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

  ValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
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
   * Two reports are equal when they hold equal findings in the same order.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal report
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof ValidationReport
        && ((ValidationReport) other).findings.equals(findings);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns one line per finding.
   *
   * @return the findings, one per line, or "no findings"
   */
  @Override
  public String toString() {
    return findings.isEmpty()
        ? "no findings"
        : findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
