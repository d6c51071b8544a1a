package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No text the command prints for a person carries a raw C0 or C1 control character, DEL, a
 * bidirectional control or a line separator, whether it comes from a document (titles, ids,
 * axes), from Jackson's message about malformed input or from a file name; JSON output stays
 * exact JSON.
 */
class TerminalSafetyTest {
  private static final String HOSTILE = "Evil\u001bc\u009b31m\u202eRTL\u2028line\u007f\nforged";

  @TempDir Path dir;

  @Test
  void showDiffAndValidatePrintDocumentTextEscaped() throws IOException {
    Roadmap hostile = hostile();
    Path file = Files.write(dir.resolve("hostile.json"),
        RoadmapCodec.strict().encodeToBytes(hostile));
    Path old = Files.write(dir.resolve("old.json"),
        RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    for (CepRun run : List.of(
        CepRun.of("show", file.toString()),
        CepRun.of("show", file.toString(), "--format", "markdown"),
        CepRun.of("diff", old.toString(), file.toString()),
        CepRun.of("diff", file.toString(), old.toString()),
        CepRun.of("validate", file.toString()))) {
      assertSafe(run.out());
      assertSafe(run.err());
      assertTrue(run.out().contains("\\u001b"), run::toString);
    }
  }

  @Test
  void aMalformedTokenWithEscCIsShownEscaped() {
    CepRun run = CepRun.withStdin("{\"id\": \u001bc\u001b[2J}".getBytes(StandardCharsets.UTF_8),
        "validate", "-");
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertSafe(run.out());
    assertFalse(run.out().contains("Source:"), run::toString);
    assertFalse(run.out().contains("REDACTED"), run::toString);
  }

  @Test
  void aFileNameWithANewlineCannotForgeAFindingLine() throws IOException {
    Path file = Files.write(dir.resolve("a.json\nb.json:1:1: error forged: x"),
        RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    CepRun run = CepRun.of("validate", file.toString());
    assertSafe(run.out());
    assertTrue(run.out().lines().noneMatch(line -> line.startsWith("b.json")), run::toString);
    String shown = file.toString().replace("\n", "\\u000a");
    assertTrue(run.out().lines().allMatch(line -> line.startsWith(shown + ":")
        || line.startsWith("1 file checked")), run::toString);
    CepRun missing = CepRun.of("show", dir.resolve("x\u001b]0;title\u0007").toString());
    assertEquals(Cep.UNREADABLE, missing.exitCode(), missing::toString);
    assertSafe(missing.err());
    assertEquals(1, missing.err().lines().count(), missing::toString);
  }

  @Test
  void jsonOutputKeepsTheExactText() throws IOException {
    Path file = Files.write(dir.resolve("hostile.json"),
        RoadmapCodec.strict().encodeToBytes(hostile()));
    for (String format : List.of("json", "sarif")) {
      CepRun run = CepRun.of("validate", file.toString(), "--format", format);
      assertSafe(run.out());
      assertTrue(run.out().contains("\\u001B") || run.out().contains("\\u001b"), run::toString);
      // The repeated title is a value of its finding, exact once the JSON escapes are read.
      tools.jackson.databind.JsonNode tree =
          tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
      assertTrue(tree.findValues("title").stream().anyMatch(t -> t.asString().equals(HOSTILE)),
          run::toString);
    }
  }

  private static Roadmap hostile() {
    Roadmap table = Editions.tableB();
    Action first = table.pathways().get(0).actions().get(0);
    return table.toBuilder()
        .title(HOSTILE)
        .pathways(List.of(table.pathways().get(0).toBuilder()
            .actions(List.of(first.toBuilder().title(HOSTILE).build(),
                first.toBuilder().title(HOSTILE).build()))
            .build()))
        .build();
  }

  static void assertSafe(String text) {
    text.lines().forEach(line -> {
      for (char c : line.toCharArray()) {
        boolean unsafe = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e || c == 0x2028;
        assertFalse(unsafe, () -> "raw U+" + Integer.toHexString(c) + " in: " + line);
      }
    });
  }
}
