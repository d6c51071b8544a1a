package io.github.ceproadmap.render;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.internal.DocumentKeys;
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
   * The place a finding's pointer leads into: the innermost drawn element that holds the value it
   * points at, or empty for the document itself or a pointer the page cannot follow.
   */
  static Optional<Place> of(DocumentPointer pointer) {
    if (pointer.size() < 2 || !pointer.isIndex(1)) {
      return Optional.empty();
    }
    int i = pointer.indexAt(1);
    switch (pointer.segment(0)) {
      case DocumentKeys.PATHWAYS:
        return Optional.of(pointer.size() >= 4 && pointer.segment(2).equals(DocumentKeys.ACTIONS)
            && pointer.isIndex(3) ? action(i, pointer.indexAt(3)) : pathway(i));
      case DocumentKeys.CROSS_CUTTING_ACTIONS: return Optional.of(crossCutting(i));
      case DocumentKeys.AXES: return Optional.of(axis(i));
      case DocumentKeys.PROJECTS: return Optional.of(project(i));
      case DocumentKeys.ORGANIZATIONS: return Optional.of(organization(i));
      default: return Optional.empty();
    }
  }
}
