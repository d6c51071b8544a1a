package io.github.ceproadmap.benchmarks;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.sheets.RoadmapSheets;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Spreadsheets against JSON on the same roadmap in the same run: exporting a workbook and the CSV
 * files against encoding the document, importing the workbook against decoding the document. The
 * JSON codec is the baseline; README gives the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SheetsBenchmark {
  private static final RoadmapSheets SHEETS = RoadmapSheets.defaults();

  @Param({"reference", "large"})
  public String workload;

  private Roadmap roadmap;
  private byte[] document;
  private byte[] workbook;

  @Setup
  public void prepare() {
    roadmap = Workload.named(workload).roadmap();
    document = Workload.UNLIMITED_CODEC.encodeToBytes(roadmap);
    workbook = SHEETS.toWorkbook(roadmap);
  }

  @Benchmark
  public byte[] encodeJson() {
    return Workload.UNLIMITED_CODEC.encodeToBytes(roadmap);
  }

  @Benchmark
  public byte[] exportWorkbook() {
    return SHEETS.toWorkbook(roadmap);
  }

  @Benchmark
  public Object exportCsv() {
    return SHEETS.toCsvFiles(roadmap);
  }

  @Benchmark
  public Roadmap decodeJson() {
    return Workload.UNLIMITED_CODEC.decode(document);
  }

  @Benchmark
  public Roadmap importWorkbook() {
    return SHEETS.readWorkbook(new ByteArrayInputStream(workbook), "large.xlsx").roadmap();
  }
}
