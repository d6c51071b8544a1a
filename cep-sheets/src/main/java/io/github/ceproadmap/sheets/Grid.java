package io.github.ceproadmap.sheets;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sheet or CSV file as read: its non-empty rows, each cell with its kind, its text and its
 * place. A workbook cell keeps the kind the spreadsheet program gave it, so that a number or a
 * date where text belongs is reported, never guessed back into text.
 *
 * @param name the sheet's name, or the CSV file's name
 * @param origin the cell {@code A1}, whose file and sheet every cell of the grid shares
 * @param rows the rows that hold at least one cell, in order
 */
record Grid(String name, CellRef origin, List<Row> rows) {
  /** What a cell holds. */
  enum Kind {
    TEXT("text"),
    NUMBER("a number"),
    DATE("a date"),
    BOOLEAN("a true/false value"),
    FORMULA("a formula"),
    ERROR("an error value");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  /**
   * A non-empty cell.
   *
   * @param ref where it is
   * @param kind what it holds
   * @param text its text: the text of a text cell (unescaped), the digits of a number as stored,
   *     the ISO date of a date, the formula of a formula
   */
  record Cell(CellRef ref, Kind kind, String text) {}

  /**
   * A row that holds at least one cell.
   *
   * @param number the row's number, from 1
   * @param cells the cells by column, from column 1 at index 0; null where a cell is empty
   */
  record Row(int number, List<@Nullable Cell> cells) {
    /** The cell in {@code column} (from 1), or null if it is empty. */
    @Nullable Cell cell(int column) {
      return column >= 1 && column <= cells.size() ? cells.get(column - 1) : null;
    }
  }
}
