package io.github.ceproadmap.model.internal;

/**
 * Quotes document text for error and finding messages, so that blanks and control characters
 * stay visible and a message stays on one line. Internal: this package is not exported by the
 * module and is no API.
 */
public final class Quoting {
  private static final int MAX_SHOWN = 60;

  private Quoting() {}

  /**
   * Returns {@code text} in double quotes with quotes, backslashes and control characters
   * escaped, cut to its first 60 characters with an ellipsis if it is longer.
   *
   * @param text the text to quote
   * @return the quoted text
   */
  public static String quote(CharSequence text) {
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
