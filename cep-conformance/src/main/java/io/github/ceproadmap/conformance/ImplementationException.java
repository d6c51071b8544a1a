package io.github.ceproadmap.conformance;

/**
 * An implementation gave no report for a case: it crashed, ran past its time limit, or printed
 * something that is not a report. The runner counts the case as failed, with this message.
 */
public final class ImplementationException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Returns an exception with the message that the case's result shows.
   *
   * @param message what went wrong, in one line
   */
  public ImplementationException(String message) {
    super(message);
  }
}
