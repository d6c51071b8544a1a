package io.github.ceproadmap.model.validation;

/**
 * Builds JSON Pointers (RFC 6901) into a roadmap's document, for findings.
 *
 * <p>{@code Pointers.of("pathways", 3, "actions", 2, "id")} is {@code "/pathways/3/actions/2/id"}.
 * Keys are escapes as the RFC says ({@code ~} as {@code ~0}, {@code /} as {@code ~1}).
 */
public final class Pointers {
  private Pointers() {}

  /**
   * Returns the pointer made of {@code segments}: member names and array indexes.
   *
   * @param segments each a {@link String} member name or an {@link Integer} array index
   * @return the pointer; {@code ""} (the whole document) if there are no segments
   */
  public static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }
}
