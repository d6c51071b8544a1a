package io.github.ceproadmap.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What validating one document comes to, as the suite compares it: either the document is
 * refused, at the JSON Pointer of the offending value, or it is read and gives exactly these
 * findings, in any order.
 *
 * @param refused whether the document was refused
 * @param refusedAt the pointer of the value that makes the document unreadable; empty if the
 *     document was read, and in an expected outcome for a document that is not JSON, which
 *     every implementation refuses wherever its parser stops
 * @param findings the findings of a document that was read; empty for a refused one
 */
public record Outcome(boolean refused, Optional<String> refusedAt, List<Finding> findings) {
  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::pointer)
      .thenComparing(Finding::rule).thenComparing(Finding::severity)
      .thenComparing(Finding::values);

  /**
   * One finding as the suite compares it: rule, severity, place and values, never the message.
   *
   * @param rule the rule id, such as {@code "duplicate-action-id"}
   * @param severity {@code "error"}, {@code "warning"} or {@code "info"}
   * @param pointer the JSON Pointer of the offending value, {@code ""} for the document
   * @param values the finding's values as canonical JSON: an object with its keys sorted, no
   *     white space, {@code {}} for a finding without values
   */
  public record Finding(String rule, String severity, String pointer, String values) {
    /**
     * Checks the components.
     *
     * @param rule see {@link #rule()}
     * @param severity see {@link #severity()}
     * @param pointer see {@link #pointer()}
     * @param values see {@link #values()}
     * @throws NullPointerException if a component is null
     */
    public Finding {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(values, "values");
    }

    @Override
    public String toString() {
      return severity + " " + rule + " at \"" + pointer + "\" " + values;
    }
  }

  /**
   * Checks the components and keeps the findings in one canonical order.
   *
   * @param refused see {@link #refused()}
   * @param refusedAt see {@link #refusedAt()}
   * @param findings see {@link #findings()}; copied
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a refused outcome has findings, or an outcome that was
   *     read has a pointer of refusal
   */
  public Outcome {
    Objects.requireNonNull(refusedAt, "refusedAt");
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    findings = List.copyOf(sorted);
    if (refused ? !findings.isEmpty() : refusedAt.isPresent()) {
      throw new IllegalArgumentException(
          "an outcome is either a refusal without findings or findings without a refusal");
    }
  }

  /**
   * Returns the outcome of a refused document.
   *
   * @param pointer the JSON Pointer of the offending value
   * @return the outcome
   */
  public static Outcome refused(String pointer) {
    return new Outcome(true, Optional.of(pointer), List.of());
  }

  /**
   * Returns the expected outcome of a document that is not JSON: refused, wherever.
   *
   * @return the outcome
   */
  public static Outcome refusedAnywhere() {
    return new Outcome(true, Optional.empty(), List.of());
  }

  /**
   * Returns the outcome of a document that was read.
   *
   * @param findings its findings, in any order
   * @return the outcome
   */
  public static Outcome read(List<Finding> findings) {
    return new Outcome(false, Optional.empty(), findings);
  }

  /**
   * Says how {@code actual} differs from this expected outcome, in one line.
   *
   * @param actual what an implementation gave
   * @return the difference, or empty if the two are equal
   */
  public Optional<String> difference(Outcome actual) {
    if (equals(actual) || refused && refusedAt.isEmpty() && actual.refused) {
      return Optional.empty();
    }
    if (refused || actual.refused) {
      return Optional.of("expected " + this + " but got " + actual);
    }
    List<Finding> missing = new ArrayList<>(findings);
    List<Finding> unexpected = new ArrayList<>();
    for (Finding finding : actual.findings) {
      if (!missing.remove(finding)) {
        unexpected.add(finding);
      }
    }
    StringBuilder text = new StringBuilder();
    if (!missing.isEmpty()) {
      text.append("missing ").append(missing);
    }
    if (!unexpected.isEmpty()) {
      text.append(text.length() == 0 ? "" : "; ").append("unexpected ").append(unexpected);
    }
    return Optional.of(text.toString());
  }

  @Override
  public String toString() {
    if (refused) {
      return refusedAt.map(pointer -> "refused at \"" + pointer + "\"").orElse("refused");
    }
    return findings.isEmpty() ? "no findings" : "findings " + findings;
  }
}
