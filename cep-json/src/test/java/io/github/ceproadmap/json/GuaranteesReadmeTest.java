package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * README's "Guarantees" section tells the truth about limits: its example is this test's, which
 * compiles and runs here, and its table gives the defaults {@link DecodeLimits} has.
 */
class GuaranteesReadmeTest {
  @Test
  void theLimitsExampleRaisesTheLimitsItNames() throws IOException {
    // tag::limits[]
    RoadmapCodec codec = RoadmapCodec.builder()
        .limits(DecodeLimits.builder()
            .maxDocumentLength(256 * 1024 * 1024)
            .maxStringLength(4 * 1024 * 1024)
            .build())
        .build();
    // end::limits[]
    assertEquals(256 * 1024 * 1024, codec.limits().maxDocumentLength());
    assertEquals(4 * 1024 * 1024, codec.limits().maxStringLength());
    assertEquals(DecodeLimits.DEFAULT_MAX_NESTING_DEPTH, codec.limits().maxNestingDepth());

    String source = Files.readString(
        Path.of("src/test/java/io/github/ceproadmap/json/GuaranteesReadmeTest.java"));
    String region = source.substring(source.indexOf('\n', source.indexOf("// tag::limits[]")) + 1,
        source.indexOf("    // end::limits[]"));
    String snippet = region.lines().map(line -> line.substring(Math.min(4, line.length())))
        .collect(Collectors.joining("\n"));
    assertTrue(guarantees().contains(snippet), "README's Guarantees lacks:\n" + snippet);
  }

  @Test
  void theLimitsTableGivesTheDefaults() throws IOException {
    String guarantees = guarantees();
    DecodeLimits defaults = DecodeLimits.defaults();
    String[] rows = {
      "| `maxDocumentLength` | 64 MiB (" + thousands(defaults.maxDocumentLength()) + ";",
      "| `maxNestingDepth` | " + defaults.maxNestingDepth() + " |",
      "| `maxStringLength` | 1 MiB (" + thousands(defaults.maxStringLength()) + " characters) |",
      "| `maxNumberLength` | " + defaults.maxNumberLength() + " characters |",
      "| `maxNameLength` | " + thousands(defaults.maxNameLength()) + " characters (keys) |",
      "| `maxTokenCount` | " + thousands(defaults.maxTokenCount()) + " |",
    };
    for (String row : rows) {
      assertTrue(guarantees.contains(row), "README's Guarantees lacks the row " + row);
    }
    assertEquals(64L << 20, defaults.maxDocumentLength());
    assertEquals(1L << 20, defaults.maxStringLength());
  }

  private static String guarantees() throws IOException {
    String readme = Files.readString(Path.of("../docs/guarantees.md"));
    int start = readme.indexOf("# Guarantees");
    assertTrue(start >= 0, "docs/guarantees.md has no title");
    return readme.substring(start);
  }

  private static String thousands(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
