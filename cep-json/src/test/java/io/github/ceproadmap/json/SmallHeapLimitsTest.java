package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Documents past a limit — 100 MB strings, numbers, keys and white space, 100,000 nested arrays,
 * 10,000-digit numbers — are rejected with a message that names the limit, by a JVM with a 64 MB
 * heap: no {@link OutOfMemoryError}, though the defaults allow a 64 MiB document. The documents
 * are made as they are read ({@link LazyDocument}), so neither JVM holds them. {@link
 * SmallHeapLimits} is the program the small JVM runs.
 */
class SmallHeapLimitsTest {
  /** Only a guard against a hang of the child JVM, far above the few seconds it takes. */
  private static final long HANG_GUARD_MINUTES = 10;

  private static final Map<String, String> LIMIT_BY_CASE = Map.ofEntries(
      Map.entry("100 MB string", "maxStringLength"),
      Map.entry("100 MB string of two-byte characters", "maxStringLength"),
      Map.entry("100 MB string read as characters", "maxStringLength"),
      Map.entry("100 MB string kept as an extension", "maxStringLength"),
      Map.entry("100 MB document of white space", "maxDocumentLength"),
      Map.entry("100 MB extension array of white space", "maxDocumentLength"),
      Map.entry("100,000 nested arrays", "maxNestingDepth"),
      Map.entry("100 MB of nested arrays", "maxNestingDepth"),
      Map.entry("100,000 nested arrays as bytes", "maxNestingDepth"),
      Map.entry("100,000 nested objects", "maxNestingDepth"),
      Map.entry("10,000-digit number", "maxNumberLength"),
      Map.entry("10,000-digit number as a stream", "maxNumberLength"),
      Map.entry("10,000-digit number kept as an extension", "maxNumberLength"),
      // Since Jackson 3.3 the number length limit holds while a number is read (before, the
      // string length limit met such a number first).
      Map.entry("100 MB number", "maxNumberLength"),
      Map.entry("100 MB key", "maxNameLength"));

  private static final Map<String, String[]> OUTCOMES = new LinkedHashMap<>();
  private static String childOutput = "";

  @BeforeAll
  static void runTheCasesInAJvmWithA64MbHeap() throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-XX:+UseSerialGC",
        "-cp", classPath, SmallHeapLimits.class.getName()))
        .redirectErrorStream(true)
        .start();
    child.getOutputStream().close();
    byte[] output;
    try (InputStream in = child.getInputStream()) {
      output = in.readAllBytes();
    }
    if (!child.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("the 64 MB JVM did not finish");
    }
    childOutput = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), childOutput);
    for (String line : childOutput.split("\n")) {
      String[] fields = line.split("\t", 3);
      if (fields.length == 3) {
        OUTCOMES.put(fields[0], new String[] {fields[1], fields[2]});
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachHostileDocumentIsRejectedNamingItsLimitWithoutRunningOutOfMemory() {
    assertEquals(SmallHeapLimits.cases().keySet(), LIMIT_BY_CASE.keySet());
    return SmallHeapLimits.cases().keySet().stream().map(name ->
        DynamicTest.dynamicTest(name, () -> {
          String[] outcome = OUTCOMES.get(name);
          assertTrue(outcome != null, () -> "no outcome for " + name + " in\n" + childOutput);
          assertEquals("rejected", outcome[0], () -> name + ": " + outcome[1]);
          String limit = LIMIT_BY_CASE.get(name);
          assertTrue(outcome[1].contains("exceeds the limit of"), () -> name + ": " + outcome[1]);
          assertTrue(outcome[1].contains("raise DecodeLimits." + limit + " "),
              () -> name + ": " + outcome[1]);
        }));
  }
}
