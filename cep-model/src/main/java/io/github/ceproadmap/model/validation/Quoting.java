package io.github.ceproadmap.model.validation;

/**
 * Quotes document text for finding messages, so that blanks and control characters stay visible
 * and a message stays on one line. The same rules as the model's error messages.
 */
final class Quoting {
  private static final int MAX_SHOWN = 60;

  private Quoting() {}

  /**
   * Returns {@code text} in double quotes with quotes, backslashes and control characters
   * escaped, shortened to its first 60 characters with an ellipsis if it is longer.
   */
  static String quote(String text) {
    int shown = Math.min(text.length(), MAX_SHOWN);
    StringBuilder out = new StringBuilder(shown + 8).append('"');
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
