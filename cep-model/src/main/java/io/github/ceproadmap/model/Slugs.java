package io.github.ceproadmap.model;


import io.github.ceproadmap.model.internal.Quoting;
/** Checks kebab-case slugs such as {@code "circular-electronics-roadmap"} or {@code "company"}. */
final class Slugs {
  private Slugs() {}

  /**
   * Returns {@code text} if it is lower-case ASCII letters and digits in groups joined by single
   * hyphens.
   *
   * @throws IllegalArgumentException naming {@code what} and quoting the text if it is not
   */
  static String require(String text, String what) {
    if (!isSlug(text)) {
      throw new IllegalArgumentException(
          "expected " + what + " in kebab case like \"wider-stakeholder\" but found "
              + Quoting.quote(text));
    }
    return text;
  }

  static boolean isSlug(String text) {
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
