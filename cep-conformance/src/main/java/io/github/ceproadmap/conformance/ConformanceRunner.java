package io.github.ceproadmap.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs every case of a suite against an implementation, one case after the other. */
public final class ConformanceRunner {
  private ConformanceRunner() {}

  /**
   * Runs each case and compares what the implementation gives with what the case expects.
   *
   * @param suite the suite
   * @param implementation the implementation
   * @return a result a case, in the suite's order
   */
  public static ConformanceResult run(ConformanceSuite suite, Implementation implementation) {
    List<CaseResult> results = new ArrayList<>(suite.cases().size());
    for (ConformanceCase conformanceCase : suite.cases()) {
      results.add(run(conformanceCase, implementation));
    }
    return new ConformanceResult(implementation.name(), suite.version(), results);
  }

  /**
   * Runs one case.
   *
   * @param conformanceCase the case
   * @param implementation the implementation
   * @return its result
   */
  public static CaseResult run(ConformanceCase conformanceCase, Implementation implementation) {
    Outcome actual;
    try {
      actual = implementation.run(conformanceCase);
    } catch (ImplementationException e) {
      return new CaseResult(conformanceCase, Optional.empty(),
          Optional.of(String.valueOf(e.getMessage())));
    }
    return new CaseResult(conformanceCase, Optional.of(actual),
        conformanceCase.expected().difference(actual));
  }
}
