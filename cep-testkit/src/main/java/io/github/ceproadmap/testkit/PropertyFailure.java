package io.github.ceproadmap.testkit;

import io.github.ceproadmap.json.CepJsonModule;
import io.github.ceproadmap.json.TerminalSafeEscapes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a failed property: where it failed, how to rerun it, how far it shrank and the
 * minimal value, written for a terminal (no raw control or bidirectional characters).
 */
final class PropertyFailure {
  /** Pretty JSON of model values (a roadmap as a format 1.0 document), terminal-safe. */
  private static final ObjectWriter JSON =
      JsonMapper.builder().addModule(new CepJsonModule()).build()
          .writerWithDefaultPrettyPrinter().with(TerminalSafeEscapes.INSTANCE);

  private final Object value;
  private final Throwable failure;
  private final int failedTry;
  private final int tries;
  private final long runSeed;
  private final long caseSeed;
  private final Shrinker<?> shrinker;

  PropertyFailure(Object value, Throwable failure, int failedTry, int tries, long runSeed,
      long caseSeed, Shrinker<?> shrinker) {
    this.value = value;
    this.failure = failure;
    this.failedTry = failedTry;
    this.tries = tries;
    this.runSeed = runSeed;
    this.caseSeed = caseSeed;
    this.shrinker = shrinker;
  }

  AssertionError toAssertionError() {
    return new AssertionError(message(), failure);
  }

  String message() {
    StringBuilder message = new StringBuilder()
        .append("Property failed on try ").append(failedTry).append(" of ").append(tries)
        .append(" (seed ").append(runSeed).append(").\n")
        .append("Rerun exactly this case with -D").append(Property.SEED_PROPERTY).append('=')
        .append(caseSeed).append(" or .seed(").append(caseSeed).append("L).\n")
        .append("Shrunk in ").append(shrinker.steps())
        .append(shrinker.steps() == 1 ? " step" : " steps").append(" (")
        .append(shrinker.attempts()).append(shrinker.attempts() == 1 ? " replay" : " replays");
    if (shrinker.exhausted()) {
      message.append("; stopped at the limit, so a smaller case may exist");
    }
    message.append(") to:\n").append(render(value)).append('\n')
        .append("It fails with: ").append(render(String.valueOf(failure)));
    return message.toString();
  }

  /** Renders {@code value} as pretty JSON, or, if Jackson cannot, its text as a JSON string. */
  private static String render(Object value) {
    try {
      return value instanceof String ? unquoted(JSON.writeValueAsString(value))
          : JSON.writeValueAsString(value);
    } catch (JacksonException | IllegalArgumentException notJson) {
      return unquoted(JSON.writeValueAsString(String.valueOf(value)));
    }
  }

  /** Drops the quotes of a JSON string, keeping its escapes. */
  private static String unquoted(String json) {
    return json.substring(1, json.length() - 1);
  }
}
