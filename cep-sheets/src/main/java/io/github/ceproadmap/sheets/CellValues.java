package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.internal.Quoting;

/**
 * Reads a cell as the value its column needs, or says which cell is wrong and how to mend it. A
 * number, a date, a formula or a true/false value where text belongs is never turned back into
 * text: a spreadsheet program has already changed what was typed ({@code 2.10} became 2.1,
 * {@code 2022-05} became a date), and only the person who typed it knows what it was.
 */
final class CellValues {
  private static final String STORE_AS_TEXT = "store the column as text (format its cells as"
      + " Text, or type a leading apostrophe, as in '2.10) and type the value again";

  private CellValues() {}

  /** The text of a text cell; any other kind is an error naming {@code what} was expected. */
  static String text(Grid.Cell cell, String what) {
    switch (cell.kind()) {
      case TEXT:
        return cell.text();
      case NUMBER:
        throw new SheetReadException(cell.ref(), "expected " + what + " as text but found the"
            + " number " + cell.text() + ": a spreadsheet program turns 2.10 typed into a General"
            + " cell into the number 2.1; " + STORE_AS_TEXT);
      case DATE:
        throw new SheetReadException(cell.ref(), "expected " + what + " as text but found the"
            + " date " + cell.text() + ": a spreadsheet program turns 2022-05 typed into a"
            + " General cell into a date; " + STORE_AS_TEXT);
      case FORMULA:
        throw new SheetReadException(cell.ref(), "expected " + what + " but found the formula "
            + Quoting.quote(cell.text()) + ": formulas are not read; paste the values instead");
      default:
        throw new SheetReadException(cell.ref(), "expected " + what + " but found "
            + cell.kind().description + " " + Quoting.quote(cell.text()));
    }
  }

  /** A whole number from 1 to {@code max}: a text of digits, or a number cell holding one. */
  static int positive(Grid.Cell cell, String what, int max) {
    String digits = cell.kind() == Grid.Kind.NUMBER && cell.text().matches("[0-9]+(\\.0+)?")
        ? cell.text().replaceAll("\\.0+$", "") : text(cell, what);
    if (!digits.matches("[1-9][0-9]{0,8}") || Integer.parseInt(digits) > max) {
      throw new SheetReadException(cell.ref(),
          "expected " + what + " but found " + Quoting.quote(digits));
    }
    return Integer.parseInt(digits);
  }

  /** Reads the cell with {@code parse}, turning its IllegalArgumentException into one at the cell. */
  static <T> T parse(Grid.Cell cell, String what, java.util.function.Function<String, T> parse) {
    String text = text(cell, what);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      String message = e.getMessage();
      throw new SheetReadException(cell.ref(), message != null && message.startsWith("expected")
          ? message : "expected " + what + " but found " + Quoting.quote(text));
    }
  }
}
