package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the roadmap matrix as slides and sheets lay it out: a header row of pathways ({@code 1
 * Design for Circularity}), one row group per axis labelled in its first column, continuation
 * rows under an empty label, cells holding one or more {@code P.S Title} entries (one per line),
 * and cross-cutting {@code 0.S} actions wherever they stand, the label column included. An entry
 * is placed by its id, not its column; one standing in another pathway's column is placed by its
 * id and reported as a {@link SheetNote}.
 */
final class MatrixReader {
  private static final Pattern PATHWAY_HEADING = Pattern.compile("(\\d{1,9})\\s+(\\S.*)", Pattern.DOTALL);
  private static final Pattern AXIS_WORD = Pattern.compile("\\s+(actions|asks|axis)$");

  private final Grid grid;
  private final Map<DocumentPointer, CellRef> cells = new HashMap<>();
  private final List<SheetNote> notes = new ArrayList<>();
  private final List<Pathway.Builder> pathways = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private final Map<Integer, Integer> columnNumbers = new HashMap<>();
  private final List<Action> crossCutting = new ArrayList<>();
  private final Map<String, ActionAxis> axes = new LinkedHashMap<>();
  /** The axis of each label stem read so far. */
  private final Map<String, ActionAxis> byStem = new java.util.HashMap<>();
  private final int[] counts;

  private MatrixReader(Grid grid) {
    this.grid = grid;
    if (grid.rows().isEmpty()) {
      throw new SheetReadException(grid.origin(), "the matrix has no header row of pathways");
    }
    header(grid.rows().get(0));
    this.counts = new int[pathways.size()];
  }

  /** Reads {@code grid} as a matrix into a roadmap with id {@code id} and title {@code title}. */
  static ImportedRoadmap read(Grid grid, String id, String title) {
    MatrixReader reader = new MatrixReader(grid);
    reader.body();
    Roadmap.Builder roadmap = Roadmap.builder().id(id).title(title).edition("")
        .addAllAxes(reader.axes.values())
        .addAllCrossCuttingActions(reader.crossCutting);
    reader.pathways.forEach(pathway -> roadmap.addPathways(pathway.build()));
    return new ImportedRoadmap(roadmap.build(), new CellMap(reader.cells), reader.notes);
  }

  private void header(Grid.Row row) {
    for (int c = 2; c <= row.cells().size(); c++) {
      Grid.Cell cell = row.cell(c);
      if (cell == null) {
        continue;
      }
      String text = CellValues.text(cell, "a pathway heading").strip();
      Matcher heading = PATHWAY_HEADING.matcher(text);
      if (!heading.matches()) {
        throw new SheetReadException(cell.ref(), "expected a pathway heading like \"1 Design for"
            + " Circularity\" but found " + Quoting.quote(text));
      }
      int number = Integer.parseInt(heading.group(1));
      columnNumbers.put(c, number);
      if (number > 0) {
        DocumentPointer at = DocumentPointer.of(DocumentKeys.PATHWAYS, pathways.size());
        cells.put(at, cell.ref());
        cells.put(at.key(DocumentKeys.NUMBER), cell.ref());
        cells.put(at.key(DocumentKeys.TITLE), cell.ref());
        numbers.add(number);
        pathways.add(Pathway.builder().number(number).title(heading.group(2).strip()));
      }
    }
  }

  private void body() {
    @Nullable ActionAxis axis = null;
    for (Grid.Row row : grid.rows().subList(1, grid.rows().size())) {
      Grid.Cell label = row.cell(1);
      if (label != null && !isEntry(CellValues.text(label, "an axis label or an action"))) {
        axis = axis(label);
      }
      for (int c = 1; c <= row.cells().size(); c++) {
        Grid.Cell cell = row.cell(c);
        if (cell == null || (c == 1 && cell == label && !isEntry(cell.text()))) {
          continue;
        }
        if (axis == null) {
          throw new SheetReadException(cell.ref(),
              "an action above the first axis label: label the row group in the first column");
        }
        for (Entry entry : entries(cell)) {
          place(entry, axis, c, cell.ref());
        }
      }
    }
  }

  /**
   * The axis a label names: an edition 2.0 axis in any of its wordings, else the axis of an
   * earlier label with the same {@link #stem}, else a new one. Labels that differ in more than
   * case, spacing and the trailing word (in punctuation, say) are kept apart: the later one's id
   * gets a suffix ({@code -2}, {@code -3}) when its kebab-case form is taken.
   */
  private ActionAxis axis(Grid.Cell label) {
    String text = label.text().strip();
    String stem = stem(text);
    ActionAxis axis = byStem.get(stem);
    for (ActionAxis known : ActionAxis.EDITION_2_0) {
      if (axis == null && stem(known.title()).equals(stem)) {
        axis = known;
      }
    }
    if (axis == null) {
      String id = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
      String base = id.isEmpty() ? "axis-" + (axes.size() + 1) : id;
      id = base;
      for (int k = 2; axes.containsKey(id) || isKnownId(id); k++) {
        id = base + "-" + k;
      }
      axis = ActionAxis.of(id, text);
    }
    byStem.putIfAbsent(stem, axis);
    if (!axes.containsKey(axis.id())) {
      cells.put(DocumentPointer.of(DocumentKeys.AXES, axes.size()), label.ref());
      axes.put(axis.id(), axis);
    }
    return axis;
  }

  /** Whether {@code id} is an edition 2.0 axis's, which only its own wordings may take. */
  private static boolean isKnownId(String id) {
    return ActionAxis.EDITION_2_0.stream().anyMatch(known -> known.id().equals(id));
  }

  /** A label without case, spacing and its trailing "actions", "asks" or "axis". */
  private static String stem(String label) {
    return AXIS_WORD.matcher(label.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
        .replaceFirst("");
  }

  private static boolean isEntry(String text) {
    String stripped = text.strip();
    return !stripped.isEmpty() && Character.isDigit(stripped.charAt(0));
  }

  /** An entry of a cell: its id and title. */
  private record Entry(ActionId id, String title) {}

  /** The entries of a cell, one per line; a line that starts with no id continues the title. */
  private static List<Entry> entries(Grid.Cell cell) {
    List<Entry> entries = new ArrayList<>();
    for (String line : CellValues.text(cell, "an action").split("\r?\n")) {
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (isEntry(text)) {
        String[] parts = text.split("\\s+", 2);
        ActionId id = CellValues.parse(new Grid.Cell(cell.ref(), Grid.Kind.TEXT, parts[0]),
            "an action id like \"2.5\"", ActionId::parse);
        entries.add(new Entry(id, parts.length > 1 ? parts[1] : ""));
      } else if (entries.isEmpty()) {
        throw new SheetReadException(cell.ref(), "expected an action like \"2.5 Title\" but found "
            + Quoting.quote(text));
      } else {
        Entry last = entries.remove(entries.size() - 1);
        entries.add(new Entry(last.id(), last.title() + " " + text));
      }
    }
    return entries;
  }

  private void place(Entry entry, ActionAxis axis, int column, CellRef ref) {
    Action action = Action.builder().id(entry.id()).axis(axis.id()).title(entry.title()).build();
    int pathway = entry.id().pathway();
    if (pathway == 0) {
      cells.put(DocumentPointer.of(DocumentKeys.CROSS_CUTTING_ACTIONS, crossCutting.size()), ref);
      crossCutting.add(action);
      return;
    }
    int index = numbers.indexOf(pathway);
    if (index < 0) {
      throw new SheetReadException(ref, "action " + entry.id() + " belongs to pathway " + pathway
          + ", which the header row does not name");
    }
    Integer columnNumber = columnNumbers.get(column);
    if (columnNumber == null || columnNumber != pathway) {
      notes.add(new SheetNote(ref, "action " + entry.id() + " stands in the column of "
          + (columnNumber == null ? "the axis labels" : "pathway " + columnNumber)
          + "; placed in pathway " + pathway + " by its id"));
    }
    cells.put(DocumentPointer.of(DocumentKeys.PATHWAYS, index, DocumentKeys.ACTIONS,
        counts[index]++), ref);
    pathways.get(index).addActions(action);
  }
}
