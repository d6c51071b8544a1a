package io.github.ceproadmap.render;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The matrix's actions bucketed by pathway and row once, so that drawing a band of pathways
 * touches only the rows and cells that hold actions: the text drawings grow with the number of
 * actions, not with pathways times axes.
 */
final class Grid {
  private final List<Pathway> pathways;
  private final List<Rows.Row> rows;
  /** Per pathway (by position), the row positions that hold its actions, each in id order. */
  private final List<TreeMap<Integer, List<Action>>> cells = new ArrayList<>();

  Grid(Roadmap roadmap) {
    this.pathways = roadmap.pathways();
    this.rows = Rows.of(roadmap);
    Map<String, Integer> rowOfAxis = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).undeclared()) {
        rowOfAxis.putIfAbsent(rows.get(i).declared().iterator().next(), i);
      }
    }
    for (Pathway pathway : pathways) {
      TreeMap<Integer, List<Action>> byRow = new TreeMap<>();
      for (Action action : pathway.actions()) {
        int row = rowOfAxis.getOrDefault(action.axis(), rows.size() - 1);
        byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(action);
      }
      byRow.values().forEach(actions -> actions.sort(java.util.Comparator.comparing(Action::id)));
      cells.add(byRow);
    }
  }

  /** The pathways' positions, {@code size} at a time; one empty band if there are none. */
  List<List<Integer>> bands(int size) {
    List<List<Integer>> bands = new ArrayList<>();
    for (int start = 0; start < pathways.size(); start += size) {
      List<Integer> band = new ArrayList<>();
      for (int i = start; i < Math.min(pathways.size(), start + size); i++) {
        band.add(i);
      }
      bands.add(band);
    }
    if (bands.isEmpty()) {
      bands.add(List.of());
    }
    return bands;
  }

  Pathway pathway(int position) {
    return pathways.get(position);
  }

  /** The positions of the rows that hold an action in one of {@code band}'s pathways, in order. */
  List<Integer> rowsHolding(List<Integer> band) {
    java.util.TreeSet<Integer> held = new java.util.TreeSet<>();
    for (int pathway : band) {
      held.addAll(cells.get(pathway).keySet());
    }
    return List.copyOf(held);
  }

  Rows.Row row(int position) {
    return rows.get(position);
  }

  /** The actions in the cell of {@code pathway} and {@code row}, in id order. */
  List<Action> actions(int pathway, int row) {
    return cells.get(pathway).getOrDefault(row, List.of());
  }

  /** A line that says how many rows a band leaves out, if it leaves out any. */
  Optional<String> notDrawn(List<Integer> band, int drawn) {
    int left = rows.size() - drawn;
    if (left == 0) {
      return Optional.empty();
    }
    String pathwaysShown = band.isEmpty() ? "any pathway"
        : band.size() == 1 ? "pathway " + pathway(band.get(0)).number()
        : "pathways " + pathway(band.get(0)).number() + " to "
            + pathway(band.get(band.size() - 1)).number();
    return Optional.of("(" + left + (left == 1 ? " axis has" : " axes have")
        + " no action in " + pathwaysShown + "; not drawn)");
  }
}
