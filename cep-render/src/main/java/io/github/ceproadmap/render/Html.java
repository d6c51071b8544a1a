package io.github.ceproadmap.render;

/** Escaping of document text for the page: the one way roadmap text reaches the HTML. */
final class Html {
  private Html() {}

  /**
   * Escapes text for HTML element content and double-quoted attribute values; control characters
   * other than tab and line feed become spaces, since HTML forbids them.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(forbidden(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** Control characters and noncharacters that the HTML standard does not allow in a page. */
  private static boolean forbidden(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
        || (c >= 0xfdd0 && c <= 0xfdef) || c == 0xfffe || c == 0xffff;
  }
}
