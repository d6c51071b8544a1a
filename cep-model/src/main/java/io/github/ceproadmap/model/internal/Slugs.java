package io.github.ceproadmap.model.internal;

/**
 * Checks kebab-case slugs such as {@code "circular-electronics-roadmap"} or {@code "company"}:
 * the model when a value is built, the JSON codec at the value in the document. Internal, no API.
 */
public final class Slugs {
  private Slugs() {}

  /**
   * Returns {@code text} if it is lower-case ASCII letters and digits in groups joined by single
   * hyphens.
   *
   * @param text the text to check
   * @param what what the text is, for the message, such as "an axis id"
   * @return {@code text}
   * @throws IllegalArgumentException naming {@code what} and quoting the text if it is not
   */
  public static String require(String text, String what) {
    if (!isSlug(text)) {
      throw new IllegalArgumentException(
          "expected " + what + " in kebab case like \"wider-stakeholder\" but found "
              + Quoting.quote(text));
    }
    return text;
  }

  /**
   * Tells whether {@code text} is {@code [a-z0-9]+(-[a-z0-9]+)*}.
   *
   * @param text the text to check
   * @return whether it is a kebab-case slug
   */
  public static boolean isSlug(String text) {
    if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(text.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || (c == '-' && text.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
