package io.github.ceproadmap.sheets;

/** JSON Pointer tokens (RFC 6901) for the cell map's keys. */
final class Pointers {
  private Pointers() {}

  /** Escapes a member name as a pointer token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
