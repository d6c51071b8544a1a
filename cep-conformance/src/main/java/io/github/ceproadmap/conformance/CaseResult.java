package io.github.ceproadmap.conformance;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one case: whether the implementation gave the expected outcome, and if not,
 * what it gave instead.
 *
 * @param conformanceCase the case
 * @param actual what the implementation gave, or empty if it gave no report
 * @param problem why the case failed: the difference from the expected outcome, or why there
 *     is no report (a crash, the time limit); empty when it passed
 */
public record CaseResult(ConformanceCase conformanceCase, Optional<Outcome> actual,
    Optional<String> problem) {
  /**
   * Checks the components.
   *
   * @param conformanceCase see {@link #conformanceCase()}
   * @param actual see {@link #actual()}
   * @param problem see {@link #problem()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is neither an outcome nor a problem
   */
  public CaseResult {
    Objects.requireNonNull(conformanceCase, "conformanceCase");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(problem, "problem");
    if (actual.isEmpty() && problem.isEmpty()) {
      throw new IllegalArgumentException("a case without a report has failed, and says why");
    }
  }

  /**
   * Returns whether the implementation gave exactly the expected outcome.
   *
   * @return true if the case passed
   */
  public boolean passed() {
    return problem.isEmpty();
  }
}
