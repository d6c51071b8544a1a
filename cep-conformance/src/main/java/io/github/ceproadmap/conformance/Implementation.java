package io.github.ceproadmap.conformance;

import java.time.Duration;
import java.util.List;

/**
 * An implementation of the format that the suite checks: given a case's document and options,
 * it gives the outcome of validating it.
 */
public interface Implementation {
  /**
   * Returns the implementation's name in results, such as {@code java} or the command line.
   *
   * @return the name
   */
  String name();

  /**
   * Validates a case's document with the case's options.
   *
   * @param conformanceCase the case
   * @return what validating it came to
   * @throws ImplementationException if the implementation gave no report
   */
  Outcome run(ConformanceCase conformanceCase) throws ImplementationException;

  /**
   * Returns this library: cep-json's codec (strict or lenient) and cep-model's standard
   * validator, reporting through the same JSON report as {@code cep validate --format json}.
   *
   * @return the Java implementation
   */
  static Implementation java() {
    return new JavaImplementation();
  }

  /**
   * Returns an implementation run as a command, once a case, over the protocol of
   * docs/conformance.md: the document on standard input, {@code --lenient} and {@code --as-of
   * YYYY-MM} after the command's words (and the environment variables {@code
   * CEP_CONFORMANCE_CASE}, {@code CEP_CONFORMANCE_LENIENT}, {@code CEP_CONFORMANCE_AS_OF}), a
   * report on standard output.
   *
   * @param command the program and its first arguments, such as {@code ["python3", "tool.py"]}
   * @param timeLimit how long a case may take before the process is killed and the case fails
   * @return the implementation
   * @throws IllegalArgumentException if the command is empty or the time limit not positive
   */
  static Implementation command(List<String> command, Duration timeLimit) {
    return new CommandImplementation(command, timeLimit);
  }
}
