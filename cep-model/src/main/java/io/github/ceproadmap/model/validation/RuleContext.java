package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} sees while it runs: the validation settings, and where it reports its
 * findings. The validator gives each run of each rule its own context; a context is not shared
 * between threads.
 */
public final class RuleContext {
  private final String ruleId;
  private final Severity severity;
  private final @Nullable YearMonth asOf;
  private final int maxFindings;
  private final List<Finding> findings = new ArrayList<>();
  private long omitted;

  RuleContext(Rule rule, Severity severity, @Nullable YearMonth asOf, int maxFindings) {
    this.ruleId = rule.description().id();
    this.severity = severity;
    this.asOf = asOf;
    this.maxFindings = maxFindings;
  }

  /**
   * Returns the month that date rules judge against, if the validator was given one.
   *
   * @return the as-of month, or empty
   */
  public Optional<YearMonth> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Reports a finding at {@code pointer}.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong, naming the values involved
   */
  public void report(DocumentPointer pointer, String message) {
    add(pointer, message, Optional.empty(), Map.of());
  }

  /**
   * Reports a finding at {@code pointer} with the values it is about, as typed data.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong, naming the values involved
   * @param values the values, keyed by the names the rule's {@link RuleDescription#values()}
   *     declares, such as {@code Map.of("id", actionId, "times", 2)}; see {@link
   *     Finding#values()} for the types allowed
   * @throws IllegalArgumentException if a name or value is not one a finding can carry
   */
  public void report(DocumentPointer pointer, String message, Map<String, Object> values) {
    add(pointer, message, Optional.empty(), values);
  }

  /**
   * Reports a finding at {@code pointer} that involves a second place, such as the first of two
   * duplicates.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong, naming the values involved
   * @param related the JSON Pointer of the other place involved
   */
  public void report(DocumentPointer pointer, String message, DocumentPointer related) {
    add(pointer, message, Optional.of(related), Map.of());
  }

  /**
   * Reports a finding at {@code pointer} that involves a second place, with the values it is
   * about, as typed data.
   *
   * @param pointer the JSON Pointer of the offending value
   * @param message what is wrong, naming the values involved
   * @param related the JSON Pointer of the other place involved
   * @param values the values, keyed by the names the rule's {@link RuleDescription#values()}
   *     declares; see {@link Finding#values()} for the types allowed
   * @throws IllegalArgumentException if a name or value is not one a finding can carry
   */
  public void report(DocumentPointer pointer, String message, DocumentPointer related,
      Map<String, Object> values) {
    add(pointer, message, Optional.of(related), values);
  }

  /** Keeps the finding, or past the validator's cap only counts it, so memory stays bounded. */
  private void add(DocumentPointer pointer, String message, Optional<DocumentPointer> related,
      Map<String, Object> values) {
    if (findings.size() < maxFindings) {
      findings.add(new Finding(ruleId, severity, pointer, message, related,
          values));
    } else {
      omitted++;
    }
  }

  List<Finding> findings() {
    return findings;
  }

  long omitted() {
    return omitted;
  }
}
