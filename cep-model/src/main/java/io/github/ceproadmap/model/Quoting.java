package io.github.ceproadmap.model;

/** Quotes user text for error messages, so that blanks and control characters stay visible. */
final class Quoting {
  private static final int MAX_SHOWN = 60;

  private Quoting() {}

  /**
   * Returns {@code text} in double quotes with quotes, backslashes and control characters
   * escaped, shortened to its first 60 characters with an ellipsis if it is longer.
   */
  static String quote(CharSequence text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('"');
    int shown = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (shown < text.length()) {
      out.append("...");
    }
    return out.append('"').toString();
  }
}
