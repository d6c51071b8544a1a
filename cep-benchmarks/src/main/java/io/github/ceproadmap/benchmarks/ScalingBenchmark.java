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
 * Decode and validate on {@link Workload#HUGE} against {@link Workload#LARGE}, ten times smaller:
 * linear work gives a ratio near 10. Both sizes use {@link Workload#UNLIMITED_CODEC}, since the
 * huge document exceeds the default limits. Validation copies the roadmap per call as {@link
 * ValidateBenchmark} explains.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
  @Param({"large", "huge"})
  public String workload;

  private byte[] document;
  private Roadmap roadmap;

  /** A fresh copy of the roadmap for each call of {@link #validate}, and for no other call. */
  @State(Scope.Thread)
  public static class Unindexed {
    private Roadmap roadmap;

    @Setup(Level.Invocation)
    public void copy(ScalingBenchmark benchmark) {
      roadmap = benchmark.roadmap.toBuilder().build();
    }
  }

  @Setup
  public void buildInputs() {
    Workload chosen = Workload.named(workload);
    roadmap = chosen.roadmap();
    document = Workload.UNLIMITED_CODEC.encodeToBytes(roadmap);
  }

  @Benchmark
  public Roadmap decode() {
    return Workload.UNLIMITED_CODEC.decode(document);
  }

  @Benchmark
  public ValidationReport validate(Unindexed copy) {
    return Validator.standard().validate(copy.roadmap);
  }
}
