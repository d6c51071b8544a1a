package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.JsonText;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A sheet read by its headings: the first row names the columns, in any order and any case; the
 * rows under it are data. A column under a heading the sheet does not declare keeps an extension
 * member of that name (a heading {@code extension:NAME} names any member, even one that looks
 * like a declared heading); its cells hold the member's JSON value. A column without a heading
 * must be empty.
 */
final class SheetTable {
  private final SheetSpec spec;
  private final CellRef origin;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<Integer, String> extensions = new TreeMap<>();
  private final List<Grid.Row> rows;

  private SheetTable(SheetSpec spec, CellRef origin, List<Grid.Row> rows) {
    this.spec = spec;
    this.origin = origin;
    this.rows = rows;
  }

  /** Reads {@code grid} as sheet {@code spec}. */
  static SheetTable of(Grid grid, SheetSpec spec) {
    if (grid.rows().isEmpty()) {
      throw new SheetReadException(grid.origin(), "the sheet has no heading row");
    }
    Grid.Row headings = grid.rows().get(0);
    SheetTable table =
        new SheetTable(spec, grid.origin(), grid.rows().subList(1, grid.rows().size()));
    for (int c = 1; c <= headings.cells().size(); c++) {
      Grid.Cell cell = headings.cell(c);
      if (cell != null) {
        table.heading(CellValues.text(cell, "a column heading"), c, cell.ref());
      }
    }
    for (String heading : spec.headings()) {
      if (spec.requires(heading) && !table.columns.containsKey(heading)) {
        throw new SheetReadException(headings.cells().isEmpty() ? grid.origin()
            : grid.origin().at(headings.number(), 1),
            "the sheet has no column headed " + Quoting.quote(heading));
      }
    }
    for (Grid.Row row : table.rows) {
      for (int c = 1; c <= row.cells().size(); c++) {
        Grid.Cell cell = row.cell(c);
        if (cell != null && !table.columns.containsValue(c) && !table.extensions.containsKey(c)) {
          throw new SheetReadException(cell.ref(), "the cell is in a column without a heading:"
              + " give the column a heading or clear it");
        }
      }
    }
    return table;
  }

  /** An absent optional sheet: no rows. */
  static SheetTable absent(SheetSpec spec, CellRef origin) {
    return new SheetTable(spec, origin, List.of());
  }

  private void heading(String text, int column, CellRef ref) {
    String known = null;
    for (String heading : spec.headings()) {
      if (heading.equalsIgnoreCase(text.strip())) {
        known = heading;
      }
    }
    String member = text.regionMatches(true, 0, SheetSpec.EXTENSION_PREFIX, 0,
        SheetSpec.EXTENSION_PREFIX.length())
        ? text.substring(SheetSpec.EXTENSION_PREFIX.length()) : null;
    if (known != null && columns.putIfAbsent(known, column) != null
        || known == null && extensions.containsValue(member == null ? text : member)) {
      throw new SheetReadException(ref, "a second column headed " + Quoting.quote(text));
    }
    if (known == null) {
      extensions.put(column, member == null ? text : member);
    }
  }

  /** The data rows, in order. */
  List<Grid.Row> rows() {
    return rows;
  }

  /** The cell of {@code row} under {@code heading}, or null if it is empty or has no column. */
  Grid.@Nullable Cell cell(Grid.Row row, String heading) {
    Integer column = columns.get(heading);
    return column == null ? null : row.cell(column);
  }

  /** Where the value under {@code heading} in {@code row} is, or would be. */
  CellRef place(Grid.Row row, String heading) {
    Integer column = columns.get(heading);
    return origin.at(row.number(), column == null ? 1 : column);
  }

  /** The cell {@code A2}, where the first data row would begin. */
  CellRef firstDataCell() {
    return origin.at(2, 1);
  }

  /** The first cell of {@code row}, which stands for the row's object. */
  CellRef place(Grid.Row row) {
    return origin.at(row.number(), 1);
  }

  /** Text under {@code heading}: empty if the cell is empty (a required text may be blank). */
  String text(Grid.Row row, String heading) {
    Grid.Cell cell = cell(row, heading);
    return cell == null ? "" : CellValues.text(cell, "text");
  }

  /** The required non-empty cell under {@code heading}. */
  Grid.Cell required(Grid.Row row, String heading, String what) {
    Grid.Cell cell = cell(row, heading);
    if (cell == null) {
      throw new SheetReadException(place(row, heading), "expected " + what + " but found an empty cell");
    }
    return cell;
  }

  /** The extension members of {@code row}, in column-heading order, mapped in {@code cells}. */
  Map<String, String> extensions(Grid.Row row, DocumentPointer pointer,
      Map<DocumentPointer, CellRef> cells) {
    Map<String, String> members = new TreeMap<>();
    for (Map.Entry<Integer, String> column : extensions.entrySet()) {
      Grid.Cell cell = row.cell(column.getKey());
      if (cell != null) {
        String value = CellValues.text(cell, "a JSON value");
        if (JsonText.problem(value).isPresent()) {
          throw new SheetReadException(cell.ref(), "expected the JSON value of extension member "
              + Quoting.quote(column.getValue()) + ", such as \"text in quotes\", 12 or true,"
              + " but found " + Quoting.quote(value));
        }
        members.put(column.getValue(), value);
        cells.put(pointer.key(column.getValue()), cell.ref());
      }
    }
    return members;
  }

  /** The heading to write for extension member {@code name} on sheet {@code spec}. */
  static String extensionHeading(SheetSpec spec, String name) {
    boolean plain = !name.isBlank() && name.equals(name.strip())
        && !name.toLowerCase(Locale.ROOT).startsWith(SheetSpec.EXTENSION_PREFIX)
        && spec.headings().stream().noneMatch(name::equalsIgnoreCase);
    return plain ? name : SheetSpec.EXTENSION_PREFIX + name;
  }
}
