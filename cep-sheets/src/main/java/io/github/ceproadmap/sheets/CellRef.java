package io.github.ceproadmap.sheets;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A cell of a spreadsheet file: the file, the sheet (for a workbook), the row and the column.
 *
 * <p>{@link #toString()} reads {@code roadmap.xlsx: Projects!C4} for a cell of a workbook and
 * {@code projects.csv: row 4, column 3} for a cell of a CSV file. Rows and columns count from 1,
 * as spreadsheet programs show them.
 */
public final class CellRef {
  private final String file;
  private final @Nullable String sheet;
  private final int row;
  private final int column;

  private CellRef(String file, @Nullable String sheet, int row, int column) {
    if (row < 1 || column < 1) {
      throw new IllegalArgumentException(
          "expected a row and a column from 1 but got row " + row + ", column " + column);
    }
    this.file = Objects.requireNonNull(file, "file");
    this.sheet = sheet;
    this.row = row;
    this.column = column;
  }

  /**
   * Returns a cell of sheet {@code sheet} of workbook {@code file}.
   *
   * @param file the workbook's file name, such as {@code "roadmap.xlsx"}
   * @param sheet the sheet's name, such as {@code "Projects"}
   * @param row the row, from 1
   * @param column the column, from 1 ({@code A})
   * @return the cell
   * @throws IllegalArgumentException if {@code row} or {@code column} is below 1
   */
  public static CellRef inWorkbook(String file, String sheet, int row, int column) {
    return new CellRef(file, Objects.requireNonNull(sheet, "sheet"), row, column);
  }

  /**
   * Returns a cell of CSV (or TSV) file {@code file}.
   *
   * @param file the file's name, such as {@code "projects.csv"}
   * @param row the row (record), from 1
   * @param column the column (field), from 1
   * @return the cell
   * @throws IllegalArgumentException if {@code row} or {@code column} is below 1
   */
  public static CellRef inCsv(String file, int row, int column) {
    return new CellRef(file, null, row, column);
  }

  /**
   * Returns the name of the file that holds the cell.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the name of the sheet that holds the cell.
   *
   * @return the sheet name, or empty for a cell of a CSV file
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Returns the row.
   *
   * @return the row, from 1
   */
  public int row() {
    return row;
  }

  /**
   * Returns the column.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Returns the cell of the same file and sheet at {@code row} and {@code column}.
   *
   * @param row the row, from 1
   * @param column the column, from 1
   * @return the other cell
   */
  CellRef at(int row, int column) {
    return new CellRef(file, sheet, row, column);
  }

  /**
   * Returns where the cell is within its file: {@code Projects!C4} in a workbook, {@code row 4,
   * column 3} in a CSV file.
   *
   * @return the place, without the file name
   */
  public String place() {
    return sheet == null
        ? "row " + row + ", column " + column
        : sheetReference(sheet) + "!" + columnLetters(column) + row;
  }

  /** A sheet name as a formula names it: quoted if it holds anything but letters and digits. */
  private static String sheetReference(String sheet) {
    for (int i = 0; i < sheet.length(); i++) {
      if (!Character.isLetterOrDigit(sheet.charAt(i)) && sheet.charAt(i) != '_') {
        return "'" + sheet.replace("'", "''") + "'";
      }
    }
    return sheet;
  }

  /**
   * Returns the letters that name column {@code column}: {@code A} for 1, {@code AA} for 27.
   *
   * @param column the column, from 1
   * @return the column letters
   */
  static String columnLetters(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      letters.append((char) ('A' + (c - 1) % 26));
    }
    return letters.reverse().toString();
  }

  /**
   * Two cell references are equal when file, sheet, row and column are.
   *
   * @param other the object to compare with
   * @return whether {@code other} names the same cell
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CellRef
        && ((CellRef) other).file.equals(file)
        && Objects.equals(((CellRef) other).sheet, sheet)
        && ((CellRef) other).row == row
        && ((CellRef) other).column == column;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(file, sheet, row, column);
  }

  /**
   * Returns the file name and the place: {@code roadmap.xlsx: Projects!C4} or {@code
   * projects.csv: row 4, column 3}.
   *
   * @return the cell for a message
   */
  @Override
  public String toString() {
    return file + ": " + place();
  }
}
