package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.Objects;
import java.util.Optional;

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
 */
public record Finding(
    String rule,
    Severity severity,
    DocumentPointer pointer,
    String message,
    Optional<DocumentPointer> related) {

  /**
   * Checks that no component is null.
   *
   * @param rule see {@link #rule()}
   * @param severity see {@link #severity()}
   * @param pointer see {@link #pointer()}
   * @param message see {@link #message()}
   * @param related see {@link #related()}
   * @throws NullPointerException if a component is null
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(related, "related");
  }

  /**
   * Returns this finding with another severity.
   *
   * @param newSeverity the severity
   * @return a finding equal to this one but for its severity
   */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, pointer, message, related);
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
