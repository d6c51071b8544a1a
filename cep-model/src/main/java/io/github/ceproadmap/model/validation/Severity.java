package io.github.ceproadmap.model.validation;

import java.util.Locale;

/** How serious a {@link Finding} is. A report with an {@link #ERROR} is not valid. */
public enum Severity {
  /** The roadmap is inconsistent: a tool cannot trust it as it is. */
  ERROR,

  /** Probably a mistake, though the roadmap can still be used. */
  WARNING,

  /** Worth knowing, not a defect. */
  INFO;

  /**
   * Returns the lower-case name used in documents and on the command line.
   *
   * @return {@code "error"}, {@code "warning"} or {@code "info"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the severity named {@code id}, ignoring case.
   *
   * @param id {@code "error"}, {@code "warning"} or {@code "info"}
   * @return the severity
   * @throws IllegalArgumentException if {@code id} names no severity; the message quotes it
   */
  public static Severity fromId(String id) {
    for (Severity severity : values()) {
      if (severity.name().equalsIgnoreCase(id)) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "expected a severity (error, warning, info) but found \"" + id + "\"");
  }
}
