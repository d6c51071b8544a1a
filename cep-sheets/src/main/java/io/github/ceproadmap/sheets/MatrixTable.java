package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roadmap as the published matrix, for the read-only {@code Matrix} sheet: a header row of
 * pathways ({@code 1 Design for Circularity}), one row group per axis labelled in its first
 * column, one {@code P.S Title} entry per cell with continuation rows under an empty label, and
 * the cross-cutting actions in a last column headed {@code 0 Cross-cutting actions}. The matrix
 * import reads it back.
 */
final class MatrixTable {
  static final String CROSS_CUTTING_HEADING = "0 Cross-cutting actions";

  private MatrixTable() {}

  static OutTable of(Roadmap roadmap) {
    List<String> headings = new ArrayList<>();
    headings.add("");
    for (Pathway pathway : roadmap.pathways()) {
      headings.add(pathway.number() + " " + pathway.title());
    }
    boolean crossCutting = !roadmap.crossCuttingActions().isEmpty();
    if (crossCutting) {
      headings.add(CROSS_CUTTING_HEADING);
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, String> axis : axes(roadmap).entrySet()) {
      List<List<Action>> columns = new ArrayList<>();
      for (Pathway pathway : roadmap.pathways()) {
        columns.add(onAxis(pathway.actions(), axis.getKey()));
      }
      if (crossCutting) {
        columns.add(onAxis(roadmap.crossCuttingActions(), axis.getKey()));
      }
      int height = Math.max(1, columns.stream().mapToInt(List::size).max().orElse(0));
      for (int r = 0; r < height; r++) {
        List<String> row = new ArrayList<>(Collections.nCopies(headings.size(), ""));
        row.set(0, r == 0 ? axis.getValue() : "");
        for (int c = 0; c < columns.size(); c++) {
          if (r < columns.get(c).size()) {
            Action action = columns.get(c).get(r);
            row.set(c + 1, action.id() + " " + action.title());
          }
        }
        rows.add(row);
      }
    }
    return new OutTable(SheetSpec.MATRIX, SheetSpec.csvName(SheetSpec.MATRIX), headings, rows,
        true);
  }

  /** The axes by id with their titles: the declared ones, then any an action names. */
  private static Map<String, String> axes(Roadmap roadmap) {
    Map<String, String> axes = new LinkedHashMap<>();
    for (ActionAxis axis : roadmap.axes()) {
      axes.putIfAbsent(axis.id(), axis.title());
    }
    for (Action action : roadmap.allActions()) {
      axes.putIfAbsent(action.axis(), action.axis());
    }
    return axes;
  }

  private static List<Action> onAxis(List<Action> actions, String axis) {
    List<Action> on = new ArrayList<>();
    for (Action action : actions) {
      if (action.axis().equals(axis)) {
        on.add(action);
      }
    }
    return on;
  }
}
