package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Roadmap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks a roadmap against a set of rules and reports every finding; it never stops at the
 * first.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(roadmap);
 * if (report.hasErrors()) {
 *   report.findings().forEach(System.out::println);
 * }
 *
 * Validator strict = Validator.builder()
 *     .severity(StandardRules.ACTION_NUMBERING_GAP, Severity.ERROR)
 *     .disable(StandardRules.EMPTY_AXIS_IN_PATHWAY)
 *     .asOf(YearMonth.of(2024, 3))
 *     .build();
 * }</pre>
 *
 * <p>A validator is immutable and safe to share between threads. Validation takes time linear
 * in the size of the roadmap, and equal roadmaps give equal reports. A report lists at most
 * {@link Builder#maxFindingsPerRule(int) maxFindingsPerRule} findings of each rule (default
 * {@value #DEFAULT_MAX_FINDINGS_PER_RULE}) and counts the rest ({@link
 * ValidationReport#omitted()}), so that its size stays bounded by the roadmap's.
 */
public final class Validator {
  /** The findings of one rule a report lists by default before it only counts them. */
  public static final int DEFAULT_MAX_FINDINGS_PER_RULE = 1000;

  private static final Validator STANDARD = builder().build();

  /** A rule and the severity this validator gives its findings. */
  private record Configured(Rule rule, Severity severity) {}

  private final List<Configured> rules;
  private final @Nullable YearMonth asOf;
  private final int maxFindingsPerRule;

  private Validator(List<Configured> rules, @Nullable YearMonth asOf, int maxFindingsPerRule) {
    this.rules = rules;
    this.asOf = asOf;
    this.maxFindingsPerRule = maxFindingsPerRule;
  }

  /**
   * Returns the validator that runs every rule of {@link StandardRules} at its default severity,
   * with no as-of month (so {@code project-status-date-conflict} reports nothing).
   *
   * @return the standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Returns a builder that starts from the standard rules.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks {@code roadmap} with every enabled rule.
   *
   * @param roadmap the roadmap to check
   * @return every finding, in document order
   */
  public ValidationReport validate(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    List<Finding> findings = new ArrayList<>();
    Map<String, Long> omitted = new LinkedHashMap<>();
    for (Configured configured : rules) {
      RuleContext context = new RuleContext(
          configured.rule(), configured.severity(), asOf, maxFindingsPerRule);
      configured.rule().check(roadmap, context);
      findings.addAll(context.findings());
      if (context.omitted() > 0) {
        omitted.put(configured.rule().description().id(), context.omitted());
      }
    }
    return new ValidationReport(DocumentOrder.sort(findings), omitted);
  }

  /**
   * Returns the rules this validator runs, in the order it runs them.
   *
   * @return the enabled rules
   */
  public List<Rule> rules() {
    return rules.stream().map(Configured::rule).toList();
  }

  /**
   * Returns the severity this validator gives to findings of the rule with id {@code ruleId}.
   *
   * @param ruleId a rule id
   * @return the severity
   * @throws IllegalArgumentException if this validator runs no rule with that id
   */
  public Severity severityOf(String ruleId) {
    for (Configured configured : rules) {
      if (configured.rule().description().id().equals(ruleId)) {
        return configured.severity();
      }
    }
    throw new IllegalArgumentException("this validator runs no rule \"" + ruleId + "\"");
  }

  /** Configures a {@link Validator}; starts with every standard rule at its default severity. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private @Nullable YearMonth asOf;
    private int maxFindingsPerRule = DEFAULT_MAX_FINDINGS_PER_RULE;

    private Builder() {
      StandardRules.all().forEach(this::addRule);
    }

    /**
     * Adds a rule, or replaces the rule that has the same id.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      rules.put(rule.description().id(), rule);
      return this;
    }

    /**
     * Gives findings of rule {@code ruleId} another severity than its default.
     *
     * @param ruleId the id of a rule added so far
     * @param severity the severity
     * @return this builder
     * @throws IllegalArgumentException if no rule added so far has that id; the message lists the
     *     ids there are
     */
    public Builder severity(String ruleId, Severity severity) {
      Objects.requireNonNull(severity, "severity");
      severities.put(requireKnown(ruleId), severity);
      return this;
    }

    /**
     * Turns rule {@code ruleId} off.
     *
     * @param ruleId the id of a rule added so far
     * @return this builder
     * @throws IllegalArgumentException if no rule added so far has that id; the message lists the
     *     ids there are
     */
    public Builder disable(String ruleId) {
      rules.remove(requireKnown(ruleId));
      severities.remove(ruleId);
      return this;
    }

    /**
     * Sets the month that date rules judge against, such as the month a dashboard is drawn for.
     *
     * @param month the as-of month, in a year of {@link FormatDates} (0 to 9999)
     * @return this builder
     * @throws IllegalArgumentException if the month's year is out of that range
     */
    public Builder asOf(YearMonth month) {
      this.asOf = FormatDates.checkMonth(Objects.requireNonNull(month, "month"));
      return this;
    }

    /**
     * Sets how many findings of each rule a report lists; it counts the others in {@link
     * ValidationReport#omitted()}.
     *
     * @param max at least 1; {@value #DEFAULT_MAX_FINDINGS_PER_RULE} by default
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is below 1
     */
    public Builder maxFindingsPerRule(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("expected at least 1 finding per rule but found " + max);
      }
      this.maxFindingsPerRule = max;
      return this;
    }

    /**
     * Returns a validator with the rules, severities, as-of month and cap set so far.
     *
     * @return the validator
     */
    public Validator build() {
      List<Configured> configured = new ArrayList<>();
      for (Rule rule : rules.values()) {
        configured.add(
            new Configured(rule, severities.getOrDefault(
                rule.description().id(), rule.description().defaultSeverity())));
      }
      return new Validator(List.copyOf(configured), asOf, maxFindingsPerRule);
    }

    private String requireKnown(String ruleId) {
      if (!rules.containsKey(ruleId)) {
        throw new IllegalArgumentException(
            "unknown rule \"" + ruleId + "\"; the rules are " + String.join(", ", rules.keySet()));
      }
      return ruleId;
    }
  }
}
