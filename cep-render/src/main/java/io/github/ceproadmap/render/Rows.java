package io.github.ceproadmap.render;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of the matrix: one per declared axis (first declaration of an id), plus a last row
 * for actions on axes the roadmap does not declare, so that no action goes undrawn.
 */
final class Rows {
  private Rows() {}

  /** A row: the title shown, and which actions it holds. */
  record Row(String title, Set<String> declared, boolean undeclared) {
    List<Action> actions(Pathway pathway) {
      List<Action> held = new ArrayList<>();
      for (Action action : pathway.actions()) {
        if (holds(action.axis())) {
          held.add(action);
        }
      }
      held.sort(java.util.Comparator.comparing(Action::id));
      return held;
    }

    /** Whether this row is where actions on axis {@code axisId} are drawn. */
    boolean holds(String axisId) {
      return undeclared != declared.contains(axisId);
    }
  }

  static List<Row> of(Roadmap roadmap) {
    Set<String> declared = new LinkedHashSet<>();
    List<Row> rows = new ArrayList<>();
    for (ActionAxis axis : roadmap.axes()) {
      if (declared.add(axis.id())) {
        rows.add(new Row(axis.title(), Set.of(axis.id()), false));
      }
    }
    boolean anyUndeclared = roadmap.pathways().stream()
        .flatMap(pathway -> pathway.actions().stream())
        .anyMatch(action -> !declared.contains(action.axis()));
    if (anyUndeclared) {
      rows.add(new Row("Undeclared axes", Set.copyOf(declared), true));
    }
    return rows;
  }
}
