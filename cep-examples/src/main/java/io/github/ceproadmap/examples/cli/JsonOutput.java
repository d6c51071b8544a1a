package io.github.ceproadmap.examples.cli;

import tools.jackson.databind.json.JsonMapper;

/** The JSON outputs of the commands other than the validation report (rules, diff, SARIF). */
final class JsonOutput {
  private JsonOutput() {}

  /** Writes plain maps and lists as pretty-printed JSON with a final line break. */
  static String of(Object value) {
    return Mapper.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  /** Built on first use, so that text output does not build it. */
  private static final class Mapper {
    static final JsonMapper JSON = JsonMapper.builder().build();
  }
}
