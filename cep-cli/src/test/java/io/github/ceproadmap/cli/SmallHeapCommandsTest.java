package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents whose matrix is far larger than their text (10,000 axes by 10,000 empty pathways in
 * 700 KB; 1,000 by 1,000 with one action a pathway) are validated, shown, rendered and compared
 * by the real command in a JVM with a 256 MB heap, with output that stays within a small
 * multiple of the document: findings are summarised and capped, drawings are banded or refused.
 * Out of memory ends with exit 70 and one line.
 */
class SmallHeapCommandsTest {
  /** Only a guard against a hang of the child JVM, far above the seconds it takes. */
  private static final long HANG_GUARD_MINUTES = 5;

  @TempDir static Path dir;
  private static Path wide;
  private static Path square;

  /** What one run of the child JVM did. */
  private record Run(int exitCode, long outBytes, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + ", " + outBytes + " bytes out\n--- err\n" + err + "--- out\n"
          + out.substring(0, Math.min(out.length(), 2000));
    }
  }

  @BeforeAll
  static void writeTheDocuments() throws IOException {
    wide = document("wide.json", 10_000, 10_000, false);
    square = document("square.json", 1_000, 1_000, true);
  }

  @Test
  void validateSummarisesAndCapsTheFindings() throws Exception {
    for (String format : List.of("text", "json", "sarif")) {
      Run run = cep("-Xmx256m", "validate", wide.toString(), "--format", format);
      // Empty cells are infos only: the document is valid.
      assertEquals(Cep.OK, run.exitCode(), run::toString);
      assertLinear(run, wide);
      assertTrue(run.out().contains("9000"), run::toString);
    }
    Run text = cep("-Xmx256m", "validate", wide.toString());
    assertTrue(text.out().contains("pathway 1 has no action on 10000 axes: \"a0\", \"a1\", \"a2\""
        + " and 9997 more"), text::toString);
    assertTrue(text.out().contains(": info empty-axis-in-pathway: and 9000 more findings of"
        + " this rule, not listed"), text::toString);
  }

  @Test
  void showDrawsBandsOfTheAxesThatHoldActions() throws Exception {
    for (Path document : List.of(wide, square)) {
      for (String format : List.of("text", "markdown")) {
        Run run = cep("-Xmx256m", "show", document.toString(), "--format", format);
        assertEquals(Cep.OK, run.exitCode(), run::toString);
        assertLinear(run, document);
      }
    }
  }

  @Test
  void renderRefusesAMatrixTooLargeToDraw() throws Exception {
    for (Path document : List.of(wide, square)) {
      Path page = dir.resolve(document.getFileName() + ".html");
      Run run = cep("-Xmx256m", "render", document.toString(), "--out", page.toString());
      assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().contains("more than a page can usefully show"), run::toString);
      assertFalse(Files.exists(page));
    }
  }

  @Test
  void diffStaysLinear() throws Exception {
    Run run = cep("-Xmx256m", "diff", wide.toString(), square.toString());
    assertEquals(Cep.FINDINGS, run.exitCode(), run::toString);
    assertLinear(run, wide);
  }

  @Test
  void runningOutOfMemoryEndsWithExit70AndOneLine() throws Exception {
    Path big = dir.resolve("big.json");
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      String spaces = " ".repeat(1 << 20);
      for (int i = 0; i < 40; i++) {
        out.write(spaces);
      }
      out.write("{}");
    }
    Run run = cep("-Xmx16m", "validate", big.toString());
    assertEquals(Cep.INTERNAL, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cep: out of memory"), run::toString);
    assertTrue(run.err().contains("-Xmx"), run::toString);
  }

  /** Output within 20 times the document, a generous constant: quadratic output is 100s. */
  private static void assertLinear(Run run, Path document) throws IOException {
    long limit = 20 * Files.size(document) + 100_000;
    assertTrue(run.outBytes() <= limit, () -> run.outBytes() + " bytes for a document of "
        + document + ": " + run);
  }

  /**
   * A roadmap of {@code axes} axes and {@code pathways} pathways; with {@code diagonal}, pathway
   * n holds one action on axis n (modulo the axes), else none.
   */
  private static Path document(String name, int axes, int pathways, boolean diagonal)
      throws IOException {
    Path file = dir.resolve(name);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"schemaVersion\":\"1.0\",\"id\":\"big\",\"title\":\"Big\",\"edition\":\"1\","
          + "\"axes\":[");
      for (int i = 0; i < axes; i++) {
        out.write((i > 0 ? "," : "") + "{\"id\":\"a" + i + "\",\"title\":\"A" + i + "\"}");
      }
      out.write("],\"pathways\":[");
      for (int i = 1; i <= pathways; i++) {
        out.write((i > 1 ? "," : "") + "{\"number\":" + i + ",\"title\":\"P" + i
            + "\",\"actions\":[");
        if (diagonal) {
          out.write("{\"id\":\"" + i + ".1\",\"axis\":\"a" + ((i - 1) % axes)
              + "\",\"title\":\"T\"}");
        }
        out.write("]}");
      }
      out.write("]}");
    }
    return file;
  }

  private static Run cep(String heap, String... args) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), heap, "-XX:+UseSerialGC",
        "-cp", classPath, Cep.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process child = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    child.getOutputStream().close();
    if (!child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("cep " + String.join(" ", args) + " did not finish");
    }
    long outBytes = Files.size(out);
    String shown = outBytes > 1_000_000 ? "(too long to show)" : Files.readString(out);
    return new Run(child.exitValue(), outBytes, shown, Files.readString(err));
  }
}
