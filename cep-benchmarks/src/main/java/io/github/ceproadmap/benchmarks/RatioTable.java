package io.github.ceproadmap.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH run's JSON result ({@code -rf json}) into the Markdown tables of
 * docs/performance.md: each target's ratio on {@code large} and on {@code reference} (huge over
 * large for scaling), whether it is met, then every raw figure. Ratios only ever divide figures of
 * the same run.
 *
 * <pre>{@code java -cp ... io.github.ceproadmap.benchmarks.RatioTable results.json}</pre>
 */
public final class RatioTable {
  private static final String TIME = "time";
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /**
   * A target: benchmark {@code of} over benchmark {@code over} ("DecodeBenchmark.decode"), at
   * most {@code limit}; on {@code large} only or on both workloads ({@code bothWorkloads}), or
   * for {@code scaling}, huge over large.
   */
  private record Target(String name, String metric, String of, String over, double limit,
      boolean bothWorkloads, boolean scaling) {}

  private static final String DECODE = "DecodeBenchmark.decode";

  /** Issue 16's targets, in its order. */
  private static final List<Target> TARGETS = List.of(
      onBoth("decode / databind into Java records", TIME, DECODE,
          "DecodeBenchmark.databindRecords", 1.0),
      onBoth("decode / readTree", TIME, DECODE, "DecodeBenchmark.readTree", 1.0),
      onLarge("decode / token scan", TIME, DECODE, "DecodeBenchmark.tokenScan", 1.8),
      onBoth("decode / databind into records, bytes allocated", ALLOCATION, DECODE,
          "DecodeBenchmark.databindRecords", 1.0),
      onBoth("encode / write the JsonNode tree", TIME, "EncodeBenchmark.encode",
          "EncodeBenchmark.writeTree", 1.0),
      onBoth("validate / decode", TIME, "ValidateBenchmark.validate", DECODE, 0.5),
      scaling("decode, huge / large", "ScalingBenchmark.decode", 11.0),
      scaling("validate, huge / large", "ScalingBenchmark.validate", 11.0));

  /** benchmark method ("DecodeBenchmark.decode") and workload to metric to score. */
  private final Map<String, Map<String, Double>> scores = new LinkedHashMap<>();

  private final List<String> rawRows = new ArrayList<>();

  private RatioTable(JsonNode results) {
    for (JsonNode result : results) {
      String benchmark = shortName(result.get("benchmark").asString());
      String workload = result.path("params").path("workload").asString("");
      JsonNode primary = result.get("primaryMetric");
      JsonNode allocation = result.path("secondaryMetrics").path(ALLOCATION);
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put(TIME, primary.get("score").asDouble());
      if (!allocation.isMissingNode()) {
        metrics.put(ALLOCATION, allocation.get("score").asDouble());
      }
      scores.put(key(benchmark, workload), metrics);
      rawRows.add(String.format(Locale.ROOT, "| %s | %s | %s ± %s %s | %s |", benchmark,
          workload, number(primary.get("score").asDouble()),
          number(primary.get("scoreError").asDouble()), primary.get("scoreUnit").asString(),
          allocation.isMissingNode() ? "" : bytes(allocation.get("score").asDouble())));
    }
  }

  /**
   * Prints the tables for the JMH result file named by the one argument.
   *
   * @param args the path of a JMH JSON result
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RatioTable <jmh-result.json>");
      System.exit(2);
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
    new RatioTable(results).print(System.out);
  }

  private void print(PrintStream out) {
    out.println("| ratio (same run) | large | reference | target | met |");
    out.println("|---|---:|---:|---:|:---:|");
    for (Target target : TARGETS) {
      Double large = target.scaling()
          ? ratio(target, "huge", "large")
          : ratio(target, "large", "large");
      Double reference = target.scaling() ? null : ratio(target, "reference", "reference");
      out.printf(Locale.ROOT, "| %s | %s | %s | <= %s%s | %s |%n", target.name(),
          large == null ? "n/a" : ratioText(large),
          reference == null ? "" : ratioText(reference), ratioText(target.limit()),
          target.bothWorkloads() || target.scaling() ? "" : " on large",
          met(target, large, reference));
    }
    out.println();
    out.println("| benchmark | workload | time per operation | allocated per operation |");
    out.println("|---|---|---:|---:|");
    rawRows.forEach(out::println);
  }

  /** "yes" if the ratios the target applies to are within its limit; "n/a" if one is missing. */
  private static String met(Target target, Double large, Double reference) {
    if (large == null || target.bothWorkloads() && reference == null) {
      return "n/a";
    }
    boolean met = large <= target.limit()
        && (!target.bothWorkloads() || reference <= target.limit());
    return met ? "yes" : "**no**";
  }

  private Double ratio(Target target, String ofWorkload, String overWorkload) {
    Double of = score(target.of(), ofWorkload, target.metric());
    Double over = score(target.over(), overWorkload, target.metric());
    return of == null || over == null || over == 0 ? null : of / over;
  }

  private Double score(String benchmark, String workload, String metric) {
    Map<String, Double> metrics = scores.get(key(benchmark, workload));
    return metrics == null ? null : metrics.get(metric);
  }

  private static Target onBoth(String name, String metric, String of, String over,
      double limit) {
    return new Target(name, metric, of, over, limit, true, false);
  }

  private static Target onLarge(String name, String metric, String of, String over,
      double limit) {
    return new Target(name, metric, of, over, limit, false, false);
  }

  private static Target scaling(String name, String benchmark, double limit) {
    return new Target(name, TIME, benchmark, benchmark, limit, false, true);
  }

  private static String key(String benchmark, String workload) {
    return benchmark + "@" + workload;
  }

  /** "io.github.ceproadmap.benchmarks.DecodeBenchmark.decode" to "DecodeBenchmark.decode". */
  private static String shortName(String benchmark) {
    String[] parts = benchmark.split("\\.");
    return parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private static String ratioText(double ratio) {
    return String.format(Locale.ROOT, ratio < 10 ? "%.2f" : "%.1f", ratio);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 1000 ? "%.1f" : "%,.0f",
        value);
  }

  private static String bytes(double value) {
    return value >= 1024 * 1024
        ? String.format(Locale.ROOT, "%.1f MiB", value / (1024 * 1024))
        : String.format(Locale.ROOT, "%.1f KiB", value / 1024);
  }
}
