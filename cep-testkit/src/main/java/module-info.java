/**
 * Property testing for tools that read, write or check CEP roadmaps: generators of consistent
 * roadmaps and of their parts, generators of single defects, and a runner that shrinks a failing
 * roadmap to a minimal one and names the seed that reruns it. It needs no test framework.
 *
 * <p>Start at {@link io.github.ceproadmap.testkit.Property}; the guide is docs/property-testing.md.
 */
module io.github.ceproadmap.testkit {
  requires transitive io.github.ceproadmap.json;

  exports io.github.ceproadmap.testkit;
}
