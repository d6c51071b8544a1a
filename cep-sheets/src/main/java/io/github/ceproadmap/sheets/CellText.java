package io.github.ceproadmap.sheets;

/**
 * Keeps any Unicode text through a cell. XML 1.0, which a workbook is made of, cannot hold most
 * control characters, lone surrogates or U+FFFE and U+FFFF; those are written as {@code _xHHHH_},
 * the escape of the Office Open XML standard that spreadsheet programs decode, and a literal
 * {@code _x} is written {@code _x005F_x} so that it is not read as one. CSV files use the same
 * escape, so that both formats hold the same text the same way.
 */
final class CellText {
  private CellText() {}

  /** Returns {@code text} with what a cell cannot hold escaped as {@code _xHHHH_}. */
  static String escape(String text) {
    int i = 0;
    while (i < text.length() && !needsEscape(text, i)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(text, i)) {
        out.append(String.format("_x%04X_", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns {@code text} with every {@code _xHHHH_} decoded. */
  static String unescape(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      int code = at + 7 <= text.length() && text.charAt(at + 6) == '_' ? hex(text, at + 2) : -1;
      if (code >= 0) {
        out.append(text, from, at).append((char) code);
        from = at + 7;
        at = text.indexOf("_x", from);
      } else {
        at = text.indexOf("_x", at + 1);
      }
    }
    return out.append(text, from, text.length()).toString();
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (c == '_') {
      return i + 1 < text.length() && text.charAt(i + 1) == 'x';
    }
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    if (c == 0xFFFE || c == 0xFFFF) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /** The value of the four hex digits at {@code from}, or -1. */
  private static int hex(String text, int from) {
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text.charAt(i), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
