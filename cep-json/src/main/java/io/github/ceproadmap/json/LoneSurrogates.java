package io.github.ceproadmap.json;

/**
 * Escapes the lone surrogates of encoded JSON text. A JSON string may hold a UTF-16 code unit
 * that pairs with no other (<code>"&#92;uD800"</code> decodes to one), but UTF-8 cannot encode it: written
 * raw, it turns into {@code ?} on the way to bytes, and the document no longer decodes to the
 * roadmap it came from. Written as its <code>&#92;u</code> escape, it survives. Every character, surrogate
 * pairs included, stays unescaped.
 *
 * <p>The text is the codec's own output, where text outside JSON strings is ASCII, so every lone
 * surrogate is inside a string and its escape means the same code unit.
 */
final class LoneSurrogates {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private LoneSurrogates() {}

  /** Returns {@code json} with each lone surrogate written as <code>&#92;uXXXX</code>. */
  static String escape(String json) {
    int lone = next(json, 0);
    if (lone < 0) {
      return json;
    }
    StringBuilder out = new StringBuilder(json.length() + 16);
    int from = 0;
    while (lone >= 0) {
      char unit = json.charAt(lone);
      out.append(json, from, lone).append("\\u")
          .append(HEX[unit >> 12]).append(HEX[(unit >> 8) & 0xF])
          .append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
      from = lone + 1;
      lone = next(json, from);
    }
    return out.append(json, from, json.length()).toString();
  }

  /** Returns the index of the first lone surrogate at or after {@code from}, or -1. */
  private static int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
