/**
 * The conformance suite of CEP roadmap document format 1.0 and its runner.
 *
 * <p>The suite's cases are resources under {@code conformance/1.0/}; {@link
 * io.github.ceproadmap.conformance.ConformanceRunner} runs them against the Java implementation or
 * against another one spoken to over the protocol of docs/conformance.md.
 */
module io.github.ceproadmap.conformance {
  requires transitive io.github.ceproadmap.json;

  exports io.github.ceproadmap.conformance;
}
