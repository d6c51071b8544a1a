package io.github.ceproadmap.benchmarks;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The standard rules on a roadmap, to set against {@link DecodeBenchmark#decode()} of the same
 * document.
 *
 * <p>Each call validates a fresh copy of the roadmap, because a roadmap builds its query indexes
 * once, on first use, and the validator's lookups use them: validating one instance over and over
 * would measure every call but the first without that work, which a decode-then-validate never
 * sees. The copy is made outside the measured call ({@link Level#Invocation}, fine for calls of
 * tens of microseconds and more); its few list copies do count in {@code -prof gc}'s allocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBenchmark {
  @Param({"reference", "large"})
  public String workload;

  private Roadmap roadmap;
  private Roadmap unindexed;

  @Setup
  public void buildRoadmap() {
    roadmap = Workload.named(workload).roadmap();
  }

  @Setup(Level.Invocation)
  public void copyRoadmap() {
    unindexed = roadmap.toBuilder().build();
  }

  @Benchmark
  public ValidationReport validate() {
    return Validator.standard().validate(unindexed);
  }
}
