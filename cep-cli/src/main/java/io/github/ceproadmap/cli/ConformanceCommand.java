package io.github.ceproadmap.cli;

import io.github.ceproadmap.conformance.ConformanceResult;
import io.github.ceproadmap.conformance.ConformanceRunner;
import io.github.ceproadmap.conformance.ConformanceSuite;
import io.github.ceproadmap.conformance.Implementation;
import io.github.ceproadmap.render.TerminalText;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cep conformance}: runs the conformance suite (docs/conformance.md) against the Java
 * implementation or against another one given as a command.
 */
@Command(name = "conformance", mixinStandardHelpOptions = true,
    description = "Run the conformance suite of format 1.0 against this implementation, or"
        + " against another given with --implementation (the document on standard input,"
        + " --lenient and --as-of after its words, a report on standard output).",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:every case passed", " 1:a case failed",
      " 2:the suite could not be read", Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class ConformanceCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;

  @Option(names = "--implementation", paramLabel = "COMMAND",
      description = "The command of the implementation to check, such as \"python3 tool.py\";"
          + " words split at spaces, quotes group. Default: this implementation, in process.")
  @Nullable String implementation;

  @Option(names = "--suite", paramLabel = "FOLDER",
      description = "A suite folder with a manifest.json. Default: the built-in suite.")
  @Nullable Path suite;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long a case may take the implementation. Default: ${DEFAULT-VALUE}.")
  int timeLimit = 10;

  @Override
  public Integer call() {
    if (timeLimit < 1) {
      throw new ParameterException(spec.commandLine(),
          "--time-limit must be at least 1 second, not " + timeLimit);
    }
    ConformanceSuite cases;
    try {
      // A damaged built-in suite is an internal error; only a named folder can be unreadable.
      cases = suite == null ? ConformanceSuite.builtIn() : ConformanceSuite.load(suite);
    } catch (IOException | IllegalArgumentException e) {
      Cep.printError(spec.commandLine().getErr(), "cannot read the suite: " + e.getMessage());
      return Cep.UNREADABLE;
    }
    Implementation checked = Implementation.java();
    if (implementation != null) {
      List<String> words = words(implementation);
      if (words.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--implementation names no command");
      }
      checked = Implementation.command(words, Duration.ofSeconds(timeLimit));
    }
    ConformanceResult result = ConformanceRunner.run(cases, checked);
    spec.commandLine().getOut().print(format == Format.JSON
        ? result.toJson()
        : escapedLines(result.table()));
    return result.allPassed() ? Cep.OK : Cep.FINDINGS;
  }

  /** Each line of {@code text} escaped for a terminal, each ended by a line feed. */
  private static String escapedLines(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(line -> out.append(TerminalText.escape(line)).append('\n'));
    return out.toString();
  }

  /** Splits a command line at spaces; double or single quotes group words with spaces. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
