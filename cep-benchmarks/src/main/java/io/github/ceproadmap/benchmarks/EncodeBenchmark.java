package io.github.ceproadmap.benchmarks;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encoding a roadmap to UTF-8 bytes with the codec, against Jackson writing the equivalent
 * {@link JsonNode} tree (the same document read as a tree) to bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EncodeBenchmark {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Param({"reference", "large"})
  public String workload;

  private Roadmap roadmap;
  private JsonNode tree;

  @Setup
  public void buildInputs() {
    roadmap = Workload.named(workload).roadmap();
    tree = MAPPER.readTree(RoadmapCodec.strict().encodeToBytes(roadmap));
  }

  @Benchmark
  public byte[] encode() {
    return RoadmapCodec.strict().encodeToBytes(roadmap);
  }

  @Benchmark
  public byte[] writeTree() {
    return MAPPER.writeValueAsBytes(tree);
  }
}
