package io.github.ceproadmap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A zip bomb that inflates to 256 MiB is refused with one line by a JVM with a 256 MB heap, by its
 * compression ratio and, with that limit lifted, by the total inflated size: the check streams,
 * it never holds what it inflates.
 */
class SmallHeapWorkbooksTest {
  /** Only a guard against a hang of the child JVM, far above the seconds it takes. */
  private static final long HANG_GUARD_MINUTES = 10;

  @Test
  void aZipBombAsLargeAsTheHeapIsRefusedInA256MegabyteHeap() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", classPath, SmallHeapWorkbooks.class.getName()))
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES), "the child JVM hung");
    assertEquals(0, child.exitValue(), output);
    List<String> lines = output.lines().toList();
    assertEquals(2, lines.size(), output);
    assertEquals("ratio: bomb.xlsx: entry xl/worksheets/sheet1.xml inflates more than 100 times"
        + " (maxCompressionRatio): refused as a zip bomb", lines.get(0));
    assertEquals("size: bomb.xlsx: inflates to more than 67108864 bytes (maxUncompressedBytes):"
        + " refused as a zip bomb", lines.get(1));
  }
}
