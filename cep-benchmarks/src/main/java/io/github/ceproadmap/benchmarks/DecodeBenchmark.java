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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding the same bytes five ways: the codec (strict), Jackson's tree, a bare token scan (the
 * floor: what reading any JSON at all costs), and Jackson databind into Java records ({@link
 * RecordRoadmap}, the generic route a developer would take) and into plain classes ({@link
 * PlainRoadmap}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecodeBenchmark {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  @Param({"reference", "large"})
  public String workload;

  private byte[] document;

  @Setup
  public void readDocument() {
    document = Workload.named(workload).document();
  }

  @Benchmark
  public Roadmap decode() {
    return RoadmapCodec.strict().decode(document);
  }

  @Benchmark
  public JsonNode readTree() {
    return MAPPER.readTree(document);
  }

  @Benchmark
  public long tokenScan() {
    long tokens = 0;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
      }
    }
    return tokens;
  }

  @Benchmark
  public RecordRoadmap databindRecords() {
    return MAPPER.readValue(document, RecordRoadmap.class);
  }

  @Benchmark
  public PlainRoadmap databind() {
    return MAPPER.readValue(document, PlainRoadmap.class);
  }
}
