package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command as a new user meets it: {@code cep help} works, every command's help lists its
 * exit codes, docs/command.md lists every option that help shows, values are spelled as
 * documents spell them, and bad usage is exit 64 with one clear line.
 */
class CommandLineUsageTest {
  @Test
  void helpListsTheCommandsAndHelpCommandShowsOne() {
    CepRun all = CepRun.of("help");
    assertEquals(Cep.OK, all.exitCode(), all::toString);
    for (String command : List.of("validate", "show", "render", "diff", "format", "schema", "rules")) {
      assertTrue(all.out().contains(command), all::toString);
      CepRun one = CepRun.of("help", command);
      assertEquals(Cep.OK, one.exitCode(), one::toString);
      assertTrue(one.out().startsWith("Usage: cep " + command), one::toString);
      assertTrue(one.out().contains("Exit codes:"), one::toString);
      assertTrue(one.out().contains("64") && one.out().contains("70"), one::toString);
      assertEquals(one.out(), CepRun.of(command, "--help").out());
    }
  }

  @Test
  void theCommandReferenceListsEveryOptionHelpShows() throws IOException {
    String reference = Files.readString(Path.of("../docs/command.md"));
    CommandLine cep = new CommandLine(Cep.class);
    cep.getSubcommands().forEach((name, command) -> {
      if (name.equals("help")) {
        return;
      }
      String row = reference.lines().filter(line -> line.startsWith("| `cep " + name))
          .findFirst().orElseThrow(() -> new AssertionError("no row for cep " + name));
      for (OptionSpec option : command.getCommandSpec().options()) {
        if (!option.usageHelp() && !option.versionHelp()) {
          assertTrue(row.contains(option.longestName()), "cep " + name + " "
              + option.longestName() + " is missing from docs/command.md: " + row);
        }
      }
    });
  }

  @Test
  void valuesAreSpelledAsDocumentsSpellThem() {
    CepRun format = CepRun.of("validate", "--format", "xml");
    assertEquals(Cep.USAGE, format.exitCode(), format::toString);
    assertTrue(format.err().contains("expected one of text, json, sarif but found 'xml'"),
        format::toString);
    CepRun severity = CepRun.of("validate", "--severity", "invalid-email=fatal");
    assertEquals(Cep.USAGE, severity.exitCode(), severity::toString);
    assertTrue(severity.err().contains("expected one of error, warning, info"), severity::toString);
    CepRun pair = CepRun.of("validate", "--severity", "invalid-email");
    assertEquals(Cep.USAGE, pair.exitCode(), pair::toString);
    assertFalse(pair.err().contains("option option"), pair::toString);
    CepRun upper = CepRun.of("validate", "--format", "SARIF");
    assertEquals(Cep.FINDINGS, upper.exitCode(), upper::toString);
  }

  @Test
  void widthIsHonouredAndTooSmallAWidthIsUsage() {
    CepRun narrow = CepRun.of("show", "--width", "60");
    assertEquals(Cep.OK, narrow.exitCode(), narrow::toString);
    assertTrue(narrow.out().lines().allMatch(line -> line.length() <= 60),
        narrow::toString);
    assertTrue(narrow.out().contains("6 Scale"), narrow::toString);
    for (String width : List.of("29", "0", "-5")) {
      CepRun run = CepRun.of("show", "--width", width);
      assertEquals(Cep.USAGE, run.exitCode(), run::toString);
      assertTrue(run.err().contains("at least 30"), run::toString);
    }
  }

  @Test
  void diffOfStandardInputWithItselfIsUsage() {
    CepRun run = CepRun.of("diff", "-", "-");
    assertEquals(Cep.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("cannot both be standard input"), run::toString);
  }
}
