package io.github.ceproadmap.conformance;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One case of the suite: a document, the options to validate it with, and the outcome every
 * implementation must give.
 */
public final class ConformanceCase {
  private final String id;
  private final String kind;
  private final String description;
  private final String documentPath;
  private final byte[] document;
  private final Optional<YearMonth> asOf;
  private final boolean lenient;
  private final Outcome expected;

  ConformanceCase(String id, String kind, String description, String documentPath,
      byte[] document, Optional<YearMonth> asOf, boolean lenient, Outcome expected) {
    this.id = Objects.requireNonNull(id, "id");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.description = Objects.requireNonNull(description, "description");
    this.documentPath = Objects.requireNonNull(documentPath, "documentPath");
    this.document = document.clone();
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.lenient = lenient;
    this.expected = Objects.requireNonNull(expected, "expected");
  }

  /**
   * Returns the case's id, unique in the suite, such as {@code duplicate-action-id/failing}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns what kind of case it is: {@code clean}, {@code failing}, {@code tricky}, {@code
   * syntax}, {@code version}, {@code lenient}, {@code unicode} or {@code edition}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns what the case checks, in a sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns where the document is, relative to the suite's folder, such as {@code
   * documents/syntax/bad-date.json}.
   *
   * @return the path, with {@code /} between names
   */
  public String documentPath() {
    return documentPath;
  }

  /**
   * Returns the document's bytes, exactly as the file holds them.
   *
   * @return a copy of the bytes
   */
  public byte[] document() {
    return document.clone();
  }

  /**
   * Returns the as-of month to validate with.
   *
   * @return the month, or empty to validate without one
   */
  public Optional<YearMonth> asOf() {
    return asOf;
  }

  /**
   * Returns whether the document is read leniently (unknown keys kept) instead of strictly.
   *
   * @return true for lenient mode
   */
  public boolean lenient() {
    return lenient;
  }

  /**
   * Returns the outcome every implementation must give.
   *
   * @return the expected outcome
   */
  public Outcome expected() {
    return expected;
  }

  @Override
  public String toString() {
    return id;
  }
}
