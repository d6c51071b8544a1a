package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.TerminalSafeEscapes;
import tools.jackson.databind.json.JsonMapper;

/** The JSON outputs of the commands other than the validation report (rules, diff, SARIF). */
final class JsonOutput {
  private JsonOutput() {}

  /**
   * Writes plain maps and lists as pretty-printed JSON with a final line break, with the
   * reports' terminal-safe escapes (SARIF carries findings' values as the document has them).
   */
  static String of(Object value) {
    return Mapper.JSON.writerWithDefaultPrettyPrinter().with(TerminalSafeEscapes.INSTANCE)
        .writeValueAsString(value) + "\n";
  }

  /** Built on first use, so that text output does not build it. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }
}
