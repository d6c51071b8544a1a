package io.github.ceproadmap.model.internal;

/**
 * The one escaping of document text for messages and terminals: control characters (C0, DEL,
 * C1), Unicode bidirectional controls, line and paragraph separators and lone surrogates are
 * shown as {@code \\uXXXX}, so that text from a document can neither move the cursor, reset or
 * recolour a terminal, reorder what is shown, nor start a new line that looks like a line of its
 * own. Internal: this package is exported only to cep-json and is no API.
 */
public final class Quoting {
  /** The most characters of a value that a quote shows. */
  public static final int MAX_SHOWN = 60;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Quoting() {}

  /**
   * Returns {@code text} with every character that {@link #isUnsafe(char)} escaped as
   * {@code \\uXXXX} (lower-case hex). Everything else, backslashes and quotes included, stays.
   *
   * @param text the text to show
   * @return the text, safe to print on a terminal
   */
  public static String escape(CharSequence text) {
    int first = firstUnsafe(text, 0);
    if (first < 0) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i >= first && isUnsafe(text, i)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code text} in double quotes for a message: quotes and backslashes escaped with a
   * backslash, what {@link #escape} escapes as {@code \\uXXXX}, cut to its first {@value
   * #MAX_SHOWN} characters with an ellipsis if it is longer. A cut never splits a surrogate pair,
   * so the quote is always well-formed text.
   *
   * @param text the text to quote
   * @return the quoted text
   */
  public static String quote(CharSequence text) {
    int shown = Math.min(text.length(), MAX_SHOWN);
    if (shown < text.length() && shown > 0 && Character.isHighSurrogate(text.charAt(shown - 1))
        && Character.isLowSurrogate(text.charAt(shown))) {
      shown--;
    }
    StringBuilder out = new StringBuilder(shown + 8).append('"');
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (isUnsafe(text, i)) {
        appendEscape(out, c);
      } else {
        out.append(c);
      }
    }
    if (shown < text.length()) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  /**
   * Tells whether {@code c} is a character that text for a person must not carry raw: C0
   * controls, DEL, C1 controls, the bidirectional controls (U+061C, U+200E, U+200F, U+202A to
   * U+202E, U+2066 to U+2069) and the line and paragraph separators U+2028 and U+2029.
   *
   * @param c the character
   * @return whether it must be escaped
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
  }

  /** Whether the character at {@code i} is unsafe or a surrogate without its partner. */
  private static boolean isUnsafe(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return isUnsafe(c);
  }

  private static int firstUnsafe(CharSequence text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (isUnsafe(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static void appendEscape(StringBuilder out, char c) {
    out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
  }
}
