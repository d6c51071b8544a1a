package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.internal.Quoting;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One defect (or remark) that a {@link Rule} found in a roadmap.
 *
 * @param rule the id of the rule that reported it, such as {@code "duplicate-action-id"}
 * @param severity how serious it is, after the validator's configuration is applied
 * @param pointer the JSON Pointer (RFC 6901) of the offending value in the roadmap's document,
 *     such as {@code /pathways/3/actions/3/id}; the {@link DocumentPointer#root() root} is the
 *     whole document
 * @param message what is wrong, for a person, naming the values involved
 * @param related the pointer of the other place involved, such as the first of two duplicates,
 *     if there is one
 * @param values the values the finding is about, as typed data, keyed by name and sorted by
 *     name, such as {@code {"id": ActionId 4.3, "times": 2}}; the rule's {@link
 *     RuleDescription#values()} declares the names. A value is one of the {@link #isValue allowed
 *     types}
 */
public record Finding(
    String rule,
    Severity severity,
    DocumentPointer pointer,
    String message,
    Optional<DocumentPointer> related,
    Map<String, Object> values) {

  /**
   * Checks the components and keeps the values sorted by name, so that equal findings list them
   * in the same order on every run.
   *
   * @param rule see {@link #rule()}
   * @param severity see {@link #severity()}
   * @param pointer see {@link #pointer()}
   * @param message see {@link #message()}
   * @param related see {@link #related()}
   * @param values see {@link #values()}; copied
   * @throws NullPointerException if a component, a value's name or a value is null
   * @throws IllegalArgumentException if a value's name is not lower camel case ({@code
   *     firstMissing}) or a value is not of an {@link #isValue allowed type}
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(related, "related");
    values = copyOfValues(values);
  }

  /**
   * Returns a finding that carries no values.
   *
   * @param rule see {@link #rule()}
   * @param severity see {@link #severity()}
   * @param pointer see {@link #pointer()}
   * @param message see {@link #message()}
   * @param related see {@link #related()}
   * @throws NullPointerException if a component is null
   */
  public Finding(String rule, Severity severity, DocumentPointer pointer, String message,
      Optional<DocumentPointer> related) {
    this(rule, severity, pointer, message, related, Map.of());
  }

  /**
   * Tells whether {@code value} may be one of a finding's values: a {@link String}, an {@link
   * Integer} or {@link Long}, an {@link ActionId}, {@link ProjectId}, {@link Quarter}, {@link
   * Year}, {@link YearMonth}, {@link LocalDate} or {@link DocumentPointer}, or a {@link List} of
   * these. Reports write numbers and years as JSON numbers and the others as their document text
   * ({@code toString()}).
   *
   * @param value the value
   * @return whether a finding may carry it
   */
  public static boolean isValue(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(item -> item != null && isScalar(item));
    }
    return isScalar(value);
  }

  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof ActionId || value instanceof ProjectId || value instanceof Quarter
        || value instanceof Year || value instanceof YearMonth || value instanceof LocalDate
        || value instanceof DocumentPointer;
  }

  /**
   * Returns values as a finding keeps them: checked, sorted by name, lists copied, unmodifiable.
   * Reports that carry a finding's values further (cep-json's {@code DocumentReport}) use it.
   *
   * @param values the values, keyed by name
   * @return an unmodifiable copy, sorted by name
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if a name is not lower camel case or a value is not of an
   *     {@link #isValue allowed type}
   */
  public static Map<String, Object> copyOfValues(Map<String, Object> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, Object> sorted = new TreeMap<>();
    values.forEach((name, value) -> {
      RuleDescription.Value.requireName(name);
      Objects.requireNonNull(value, () -> "value " + name);
      if (!isValue(value)) {
        throw new IllegalArgumentException("value " + Quoting.quote(name) + " is a "
            + value.getClass().getName() + ", which a finding cannot carry: expected a String, "
            + "Integer, Long, ActionId, ProjectId, Quarter, Year, YearMonth, LocalDate, "
            + "DocumentPointer or a List of these");
      }
      sorted.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
    });
    return Collections.unmodifiableSortedMap(sorted);
  }

  /**
   * Returns this finding with another severity.
   *
   * @param newSeverity the severity
   * @return a finding equal to this one but for its severity
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, pointer, message, related, values);
  }

  /**
   * Returns the finding in one line: {@code error duplicate-action-id /pathways/3/actions/3/id:
   * message}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return severity.id() + " " + rule + " " + pointer + ": " + message;
  }
}
