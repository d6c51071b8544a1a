package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The guarantees page, docs/guarantees.md (README links to it), tells the truth about limits: its
 * table gives the defaults {@link DecodeLimits} has. Its example, {@code LargeDocuments}, is
 * compiled and run from the page's text by cep-examples' {@code ReadmeProgramsTest}.
 */
class GuaranteesPageTest {
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
      assertTrue(guarantees.contains(row), "docs/guarantees.md lacks the row " + row);
    }
    assertEquals(64L << 20, defaults.maxDocumentLength());
    assertEquals(1L << 20, defaults.maxStringLength());
  }

  private static String guarantees() throws IOException {
    return Files.readString(Path.of("../docs/guarantees.md"));
  }

  private static String thousands(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
