package io.github.ceproadmap.examples.render;

import java.util.List;
import java.util.Optional;

/**
 * A place in the roadmap's document that the page draws as one element: an action (by pathway
 * and position, {@code pathway} -1 for the cross-cutting actions), a pathway, an axis, a project
 * or an organisation, each by its position in the document. Positions rather than values, since
 * two equal actions may stand in one pathway and each needs its own element.
 */
record Place(Kind kind, int pathway, int index) {
  /** What the place holds. */
  enum Kind { ACTION, PATHWAY, AXIS, PROJECT, ORGANIZATION }

  static Place action(int pathway, int index) {
    return new Place(Kind.ACTION, pathway, index);
  }

  static Place crossCutting(int index) {
    return new Place(Kind.ACTION, -1, index);
  }

  static Place pathway(int index) {
    return new Place(Kind.PATHWAY, -1, index);
  }

  static Place axis(int index) {
    return new Place(Kind.AXIS, -1, index);
  }

  static Place project(int index) {
    return new Place(Kind.PROJECT, -1, index);
  }

  static Place organization(int index) {
    return new Place(Kind.ORGANIZATION, -1, index);
  }

  /**
   * The place a finding's JSON Pointer leads into: the innermost drawn element that holds the
   * value it points at, or empty for the document itself or a pointer the page cannot follow.
   */
  static Optional<Place> of(String pointer) {
    List<String> segments = List.of(pointer.split("/", -1));
    if (segments.size() < 3 || !segments.get(0).isEmpty()) {
      return Optional.empty();
    }
    Optional<Integer> first = index(segments.get(2));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int i = first.get();
    switch (segments.get(1)) {
      case "pathways": {
        Optional<Integer> action = segments.size() >= 5 && segments.get(3).equals("actions")
            ? index(segments.get(4)) : Optional.empty();
        return Optional.of(action.map(a -> action(i, a)).orElse(pathway(i)));
      }
      case "crossCuttingActions": return Optional.of(crossCutting(i));
      case "axes": return Optional.of(axis(i));
      case "projects": return Optional.of(project(i));
      case "organizations": return Optional.of(organization(i));
      default: return Optional.empty();
    }
  }

  /** An array index as RFC 6901 writes it: digits, no leading zero. */
  private static Optional<Integer> index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')
        || !segment.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(segment));
  }
}
