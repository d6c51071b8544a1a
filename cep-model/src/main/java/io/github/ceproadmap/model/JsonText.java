package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.Map;
import java.util.Optional;

/**
 * Tells whether a text is one JSON value (RFC 8259) that an extension member may hold: the model
 * keeps an extension member's value as its JSON text, and checks it with this class when a value
 * is built, so that a JSON encoder can write every value the model holds and a decoder with the
 * default limits reads it back. The limits are those a document is decoded with by default; an
 * extension value nests at most {@value #MAX_EXTENSION_DEPTH} levels, the document's {@value
 * #MAX_NESTING_DEPTH} less the five levels of the deepest object that holds extensions (a contact
 * in a project, an action in a pathway). A small recursive-descent check, so that cep-model needs
 * no JSON library.
 *
 * <pre>{@code
 * JsonText.problem("{\"note\": [1, 2]}"); // Optional.empty()
 * JsonText.problem("{note: 1}");          // Optional["expected a string at offset 1"]
 * }</pre>
 */
public final class JsonText {
  /** The deepest a document nests, by default: 64 objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The deepest an extension value nests: a scalar nests 0 levels, {@code [[]]} two. */
  public static final int MAX_EXTENSION_DEPTH = MAX_NESTING_DEPTH - 5;

  /** The longest string of a document, by default, in UTF-16 units: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The longest number of a document, by default, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest member name of a document, by default, in UTF-16 units. */
  public static final int MAX_NAME_LENGTH = 1024;

  /** Thrown inside the scan at the first problem; never escapes this class. */
  private static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String message) {
      super(message, null, false, false);
    }
  }

  private final CharSequence text;
  private int at;

  private JsonText(CharSequence text) {
    this.text = text;
  }

  /**
   * Returns why {@code text} is not exactly one JSON value, with optional white space around it,
   * within the limits of this class.
   *
   * @param text the JSON text to check
   * @return the problem, such as {@code "nesting depth 60 exceeds 59 at offset 59"}, or empty if
   *     the text is one such value
   */
  public static Optional<String> problem(CharSequence text) {
    JsonText json = new JsonText(text);
    try {
      json.space();
      json.value(0);
      json.space();
      if (json.at < text.length()) {
        json.fail("content after the first value");
      }
      return Optional.empty();
    } catch (Problem e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  /**
   * Checks the extension members of an object of {@code shape}: each name is no key of the
   * shape and no longer than {@link #MAX_NAME_LENGTH}, each value one JSON value.
   *
   * @throws IllegalArgumentException naming the first member that is not, and why
   */
  static void checkExtensions(Map<String, String> extensions, DocumentShape shape) {
    if (extensions.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> member : extensions.entrySet()) {
      String name = member.getKey();
      String where = "extension member " + Quoting.quote(name) + " of " + shape.what();
      if (shape.keys().contains(name)) {
        throw new IllegalArgumentException(
            where + " takes a key of the format; extensions hold unknown keys only");
      }
      if (name.length() > MAX_NAME_LENGTH) {
        throw new IllegalArgumentException(where + " has a name of " + name.length()
            + " characters, more than " + MAX_NAME_LENGTH);
      }
      Optional<String> problem = problem(member.getValue());
      if (problem.isPresent()) {
        throw new IllegalArgumentException(where + " holds " + Quoting.quote(member.getValue())
            + ", which is not one JSON value: " + problem.get());
      }
    }
  }

  private void value(int depth) {
    switch (peek("a value")) {
      case '{' -> members('}', depth + 1);
      case '[' -> members(']', depth + 1);
      case '"' -> string(MAX_STRING_LENGTH, "string");
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void members(char close, int depth) {
    if (depth > MAX_EXTENSION_DEPTH) {
      fail("nesting depth " + depth + " exceeds " + MAX_EXTENSION_DEPTH);
    }
    boolean named = close == '}';
    at++;
    space();
    if (peek("a value or " + close) == close) {
      at++;
      return;
    }
    while (true) {
      space();
      if (named) {
        if (peek("a string") != '"') {
          fail("expected a string");
        }
        string(MAX_NAME_LENGTH, "name");
        space();
        expect(':');
        space();
      }
      value(depth);
      space();
      if (peek("," + " or " + close) == close) {
        at++;
        return;
      }
      expect(',');
    }
  }

  /** Reads a string; {@code max} bounds its length once escapes are read. */
  private void string(int max, String what) {
    at++;
    int start = at;
    int length = 0;
    while (true) {
      char c = next("the end of a string");
      if (c == '"') {
        break;
      }
      if (c < 0x20) {
        at--;
        fail("control character U+" + String.format("%04X", (int) c) + " in a string");
      }
      if (c == '\\') {
        char escape = next("an escape");
        if (escape == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(next("a hex digit"), 16) < 0) {
              at--;
              fail("expected a hex digit");
            }
          }
        } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
          at--;
          fail("invalid escape \\" + Quoting.escape(String.valueOf(escape)));
        }
      }
      length++;
    }
    if (length > max) {
      at = start;
      fail(what + " length " + length + " exceeds " + max);
    }
  }

  private void number() {
    int start = at;
    if (at < text.length() && text.charAt(at) == '-') {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '0') {
      at++;
    } else {
      digits();
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      digits();
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      at++;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      digits();
    }
    int length = at - start;
    if (length > MAX_NUMBER_LENGTH) {
      at = start;
      fail("number length " + length + " exceeds " + MAX_NUMBER_LENGTH);
    }
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      fail(at < text.length() ? "expected a value" : "expected a digit but found the end");
    }
  }

  private void word(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (at + i >= text.length() || text.charAt(at + i) != word.charAt(i)) {
        fail("expected " + word);
      }
    }
    at += word.length();
  }

  private void space() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return;
      }
      at++;
    }
  }

  private void expect(char c) {
    if (next(String.valueOf(c)) != c) {
      at--;
      fail("expected " + c);
    }
  }

  private char peek(String expected) {
    if (at >= text.length()) {
      fail("expected " + expected + " but found the end");
    }
    return text.charAt(at);
  }

  private char next(String expected) {
    char c = peek(expected);
    at++;
    return c;
  }

  private void fail(String problem) {
    throw new Problem(problem + " at offset " + at);
  }
}
