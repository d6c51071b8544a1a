package io.github.ceproadmap.sheets;

/**
 * Tells whether a cell holds one JSON value (RFC 8259), as an extension column must: the model
 * keeps an extension member's value as its JSON text, and a JSON encoder writes it as it is. A
 * small recursive-descent check, so that cep-sheets needs no JSON library.
 */
final class JsonText {
  private static final int MAX_DEPTH = 64;

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** Returns whether {@code text} is exactly one JSON value with optional white space around. */
  static boolean isValue(String text) {
    JsonText json = new JsonText(text);
    try {
      json.space();
      json.value(0);
      json.space();
      return json.at == text.length();
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private void value(int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalStateException();
    }
    char c = peek();
    switch (c) {
      case '{' -> members('{', '}', depth, true);
      case '[' -> members('[', ']', depth, false);
      case '"' -> string();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void members(char open, char close, int depth, boolean named) {
    expect(open);
    space();
    if (peek() == close) {
      at++;
      return;
    }
    while (true) {
      space();
      if (named) {
        string();
        space();
        expect(':');
        space();
      }
      value(depth + 1);
      space();
      if (peek() == close) {
        at++;
        return;
      }
      expect(',');
    }
  }

  private void string() {
    expect('"');
    while (true) {
      char c = next();
      if (c == '"') {
        return;
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c == '\\') {
        char e = next();
        if (e == 'u') {
          for (int i = 0; i < 4; i++) {
            if (Character.digit(next(), 16) < 0) {
              throw new IllegalStateException();
            }
          }
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw new IllegalStateException();
        }
      }
    }
  }

  private void number() {
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
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
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      digits();
    }
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw new IllegalStateException();
    }
  }

  private void word(String word) {
    if (!text.startsWith(word, at)) {
      throw new IllegalStateException();
    }
    at += word.length();
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalStateException();
    }
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalStateException();
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }
}
