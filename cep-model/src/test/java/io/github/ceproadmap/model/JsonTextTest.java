package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {
  private static String nested(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "12", "-1.5e+3", "1E5", "0.25", "true", "false", "null",
      "\"\"", "\"a\\\"b\\\\c\\/\\b\\f\\n\\r\\t\\u00e9\"", "\"Ω 😀\"", "[]", "{}", " [ 1 , 2 ] ",
      "{\"a\":{\"b\":[null,{}]}}", "\t\r\n{ \"k\" : \"v\" }\n"})
  void oneJsonValueHasNoProblem(String text) {
    assertEquals(Optional.empty(), JsonText.problem(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "green", "01", "1.", ".5", "-", "+1", "1e", "0x10", "NaN",
      "tru", "nulls", "'a'", "\"a", "\"\\x\"", "\"\\u12g4\"", "\"\u0001\"", "[1,]", "[1 2]",
      "{\"a\"}", "{a:1}", "{\"a\":1,}", "1 2", "[]]", "{\"a\":1}}", "\u00a01", "[", "{"})
  void anythingElseIsAProblemWithItsOffset(String text) {
    Optional<String> problem = JsonText.problem(text);
    assertTrue(problem.isPresent(), text);
    assertTrue(problem.get().matches(".* at offset [0-9]+"), problem.get());
  }

  @Test
  void nestsAtMostTheExtensionDepthAndSaysSo() {
    assertEquals(Optional.empty(), JsonText.problem(nested(JsonText.MAX_EXTENSION_DEPTH)));
    assertEquals(Optional.of("nesting depth 60 exceeds 59 at offset 59"),
        JsonText.problem(nested(JsonText.MAX_EXTENSION_DEPTH + 1)));
    // Deeper than any stack: refused without recursing further.
    assertTrue(JsonText.problem(nested(100_000)).isPresent());
  }

  @Test
  void stringsNamesAndNumbersKeepToTheDefaultDecodeLimits() {
    String longest = "a".repeat(JsonText.MAX_STRING_LENGTH);
    assertEquals(Optional.empty(), JsonText.problem("\"" + longest + "\""));
    assertEquals(Optional.of("string length 1048577 exceeds 1048576 at offset 1"),
        JsonText.problem("\"" + longest + "a\""));
    // An escape is one character of the string it writes.
    assertEquals(Optional.empty(),
        JsonText.problem("\"" + "\\n".repeat(JsonText.MAX_STRING_LENGTH) + "\""));
    String name = "n".repeat(JsonText.MAX_NAME_LENGTH);
    assertEquals(Optional.empty(), JsonText.problem("{\"" + name + "\":1}"));
    assertTrue(JsonText.problem("{\"" + name + "n\":1}").orElseThrow().startsWith(
        "name length 1025 exceeds 1024"));
    assertEquals(Optional.empty(), JsonText.problem("1".repeat(JsonText.MAX_NUMBER_LENGTH)));
    assertEquals(Optional.of("number length 101 exceeds 100 at offset 0"),
        JsonText.problem("1".repeat(JsonText.MAX_NUMBER_LENGTH + 1)));
  }

  @Test
  void everyValueTypeChecksItsExtensionsWhenBuilt() {
    String deep = nested(100);
    assertRefused(() -> Roadmap.builder().id("r").title("t").edition("1")
        .putExtensions("x", deep).build(), "extension member \"x\" of a roadmap holds");
    assertRefused(() -> ActionAxis.builder().id("a").title("t").putExtensions("x", "{").build(),
        "of an axis");
    assertRefused(() -> Pathway.builder().number(1).title("t").putExtensions("x", "").build(),
        "of a pathway");
    assertRefused(() -> Action.builder().id(ActionId.parse("1.1")).axis("a").title("t")
        .putExtensions("x", "green").build(), "of an action");
    assertRefused(() -> Organization.builder().id("o").name("n").putExtensions("x", "1 2")
        .build(), "of an organization");
    assertRefused(() -> Project.builder().id(ProjectId.parse("P1.1")).title("t")
        .kind(ProjectKind.CEP_ACTIVITY).status(ProjectStatus.RUNNING)
        .putExtensions("x", deep).build(), "nesting depth 60 exceeds 59");
    assertRefused(() -> Contact.builder().name("n").email("e").putExtensions("x", "[1,]")
        .build(), "of a contact");
  }

  @Test
  void anExtensionMayNotTakeAKeyOfTheFormatOrAnOverlongName() {
    assertRefused(() -> ActionAxis.builder().id("a").title("t").putExtensions("title", "1")
        .build(), "extension member \"title\" of an axis takes a key of the format");
    assertRefused(() -> ActionAxis.builder().id("a").title("t")
        .putExtensions("k".repeat(1025), "1").build(), "a name of 1025 characters");
  }

  private static void assertRefused(org.junit.jupiter.api.function.Executable build,
      String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
