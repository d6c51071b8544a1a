package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's "Guarantees" section tells the truth about limits: its table gives the defaults
 * {@link DecodeLimits} has. Its example, {@code LargeDocuments}, is compiled and run from README's
 * text by cep-examples' {@code ReadmeProgramsTest}.
 */
class GuaranteesReadmeTest {
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
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## Guarantees");
    assertTrue(start >= 0, "README.md has no Guarantees section");
    return readme.substring(start, readme.indexOf("\n## ", start + 1));
  }

  private static String thousands(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
