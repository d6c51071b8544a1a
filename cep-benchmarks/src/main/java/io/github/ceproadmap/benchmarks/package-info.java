/**
 * JMH benchmarks of the codec and the validator against Jackson baselines on the same bytes;
 * run by {@code scripts/bench.sh}, compiled but never run by {@code ./mvnw verify}.
 */
@NullMarked
package io.github.ceproadmap.benchmarks;

import org.jspecify.annotations.NullMarked;
