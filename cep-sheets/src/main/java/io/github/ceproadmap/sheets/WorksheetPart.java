package io.github.ceproadmap.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads one worksheet part into a {@link Grid}, checking every row and cell reference, style
 * index, shared-string index and cell type as ECMA-376 defines them; what breaks them is refused
 * at its cell (or its row, when the row itself is wrong), never read as something else.
 */
final class WorksheetPart {
  /** The last row and column a workbook can have (ECMA-376: 1,048,576 rows, XFD). */
  private static final int LAST_ROW = 1_048_576;
  private static final int LAST_COLUMN = 16_384;
  /** The last serial number that is a date, 9999-12-31. */
  private static final double LAST_SERIAL = 2_958_465;

  private final XlsxWorkbook workbook;
  private final String part;
  private final CellRef origin;
  private final SheetLimits limits;
  private final Map<String, String> sharedFormulas = new HashMap<>();

  private WorksheetPart(XlsxWorkbook workbook, String part, CellRef origin, SheetLimits limits) {
    this.workbook = workbook;
    this.part = part;
    this.origin = origin;
    this.limits = limits;
  }

  /** Reads the sheet {@code sheet} of workbook {@code file} from its XML. */
  static Grid read(XMLStreamReader xml, XlsxWorkbook workbook, String file, String sheet,
      String part, SheetLimits limits) throws XMLStreamException {
    CellRef origin = CellRef.inWorkbook(file, sheet, 1, 1);
    WorksheetPart reader = new WorksheetPart(workbook, part, origin, limits);
    List<Grid.Row> rows = new ArrayList<>();
    int last = 0;
    while (XlsxPart.next(xml, "row")) {
      last = reader.rowNumber(XlsxPart.attribute(xml, "r"), last);
      Grid.Row row = reader.row(xml, last);
      if (row != null) {
        rows.add(row);
      }
    }
    return new Grid(sheet, origin, rows);
  }

  private int rowNumber(@Nullable String r, int previous) {
    int number = r == null ? previous + 1 : r.matches("[1-9][0-9]{0,6}") ? Integer.parseInt(r) : 0;
    if (number < 1 || number > LAST_ROW || number <= previous) {
      throw new SheetReadException(origin.file(), "sheet " + origin.sheet().orElse("?") + " (part "
          + part + "): " + (r == null ? "a row after row " + previous : "row \"" + r + "\"")
          + (number >= 1 && number <= LAST_ROW ? " comes after row " + previous
              : " is not a row number from 1 to " + LAST_ROW) + ": the workbook is damaged");
    }
    if (number > limits.maxRows()) {
      throw new SheetReadException(origin.at(number, 1),
          "the sheet goes past row " + limits.maxRows() + " (maxRows)");
    }
    return number;
  }

  /** Reads the cells of the current {@code row} element; null if none holds anything. */
  private Grid.@Nullable Row row(XMLStreamReader xml, int number) throws XMLStreamException {
    List<Grid.@Nullable Cell> cells = new ArrayList<>();
    boolean any = false;
    int column = 0;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      if (!xml.getLocalName().equals("c")) {
        skip(xml);
        continue;
      }
      column = column(XlsxPart.attribute(xml, "r"), number, column);
      Grid.Cell cell = cell(xml, origin.at(number, column));
      if (cell == null) {
        continue;
      }
      if (column > limits.maxColumns()) {
        throw new SheetReadException(cell.ref(),
            "the sheet goes past column " + limits.maxColumns() + " (maxColumns)");
      }
      while (cells.size() < column - 1) {
        cells.add(null);
      }
      cells.add(cell);
      any = true;
    }
    return any ? new Grid.Row(number, cells) : null;
  }

  /** The column of a cell after column {@code previous}: its reference's, or the next one. */
  private int column(@Nullable String r, int row, int previous) {
    int column = r == null ? previous + 1 : referencedColumn(r, row);
    if (column <= previous || column > LAST_COLUMN) {
      throw new SheetReadException(origin.at(row, Math.min(previous + 1, LAST_COLUMN)),
          (r == null ? "a cell after column " + CellRef.columnLetters(previous)
              : "the cell reference \"" + r + "\"") + " names no cell of row " + row
              + (previous > 0 ? " after " + CellRef.columnLetters(previous) + row : "")
              + " (part " + part + "): the workbook is damaged");
    }
    return column;
  }

  /** The column of cell reference {@code r} in {@code row}, or 0 if it names no cell there. */
  private static int referencedColumn(String r, int row) {
    int letters = 0;
    int column = 0;
    while (letters < r.length() && letters < 4 && r.charAt(letters) >= 'A'
        && r.charAt(letters) <= 'Z') {
      column = column * 26 + r.charAt(letters++) - 'A' + 1;
    }
    return letters == 0 || letters > 3 || !r.substring(letters).equals(String.valueOf(row))
        ? 0 : column;
  }

  /** Reads the current {@code c} element; null for a cell that holds nothing. */
  private Grid.@Nullable Cell cell(XMLStreamReader xml, CellRef ref) throws XMLStreamException {
    String type = XlsxPart.attribute(xml, "t");
    boolean date = style(XlsxPart.attribute(xml, "s"), ref);
    String value = null;
    String formula = null;
    String inline = null;
    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
      switch (xml.getLocalName()) {
        case "v":
          value = xml.getElementText();
          break;
        case "f":
          formula = formula(xml, ref);
          break;
        case "is":
          inline = XlsxPart.richText(xml);
          break;
        default:
          skip(xml);
      }
    }
    if (formula != null) {
      return new Grid.Cell(ref, Grid.Kind.FORMULA, "=" + formula);
    }
    String t = type == null ? "n" : type;
    switch (t) {
      case "s":
        return text(ref, sharedString(value, ref));
      case "inlineStr":
        return text(ref, inline == null ? "" : inline);
      case "str":
        return text(ref, value == null ? "" : value);
      case "n":
        return value == null ? null : number(ref, value, date);
      case "b":
        return value == null ? null : new Grid.Cell(ref, Grid.Kind.BOOLEAN,
            value.equals("1") ? "TRUE" : value.equals("0") ? "FALSE" : value);
      case "e":
        return new Grid.Cell(ref, Grid.Kind.ERROR, value == null ? "" : value);
      case "d":
        return value == null ? null : new Grid.Cell(ref, Grid.Kind.DATE, value);
      default:
        throw new SheetReadException(ref, "the cell has type \"" + t + "\", which is no cell type"
            + " of ECMA-376 (s, str, inlineStr, n, b, e, d): the workbook is damaged");
    }
  }

  private static Grid.@Nullable Cell text(CellRef ref, String text) {
    return text.isEmpty() ? null : new Grid.Cell(ref, Grid.Kind.TEXT, CellText.unescape(text));
  }

  /** Whether style {@code s} shows a date; refuses an index the style sheet does not hold. */
  private boolean style(@Nullable String s, CellRef ref) {
    if (s == null) {
      return false;
    }
    int index = s.matches("[0-9]{1,9}") ? Integer.parseInt(s) : -1;
    if (index < 0 || index >= Math.max(1, workbook.dateStyles.size())) {
      throw new SheetReadException(ref, "the cell names style \"" + s + "\", but the workbook has "
          + workbook.dateStyles.size() + " cell styles: the workbook is damaged");
    }
    return index < workbook.dateStyles.size() && workbook.dateStyles.get(index);
  }

  private String sharedString(@Nullable String value, CellRef ref) {
    int index = value != null && value.matches("[0-9]{1,9}") ? Integer.parseInt(value) : -1;
    if (index < 0 || index >= workbook.sharedStrings.size()) {
      throw new SheetReadException(ref, "the cell names shared string \""
          + (value == null ? "" : value) + "\", but the shared-strings table holds "
          + workbook.sharedStrings.size() + " entries: the workbook is damaged");
    }
    return workbook.sharedStrings.get(index);
  }

  private Grid.Cell number(CellRef ref, String value, boolean date) {
    double number = value.matches("[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]{1,3})?")
        ? Double.parseDouble(value) : Double.NaN;
    if (!Double.isFinite(number)) {
      throw new SheetReadException(ref, "the cell holds \"" + value + "\" as a number, which is"
          + " no number: the workbook is damaged");
    }
    if (!date) {
      return new Grid.Cell(ref, Grid.Kind.NUMBER, value);
    }
    return new Grid.Cell(ref, Grid.Kind.DATE, number < 0 || number > LAST_SERIAL
        ? "with the serial number " + value + " (no day from 1900 to 9999)"
        : day(number).toString());
  }

  /** The day of a serial number, in the 1900 system (with its 29 February 1900) or 1904's. */
  private LocalDate day(double serial) {
    long days = (long) Math.floor(serial);
    if (workbook.date1904) {
      return LocalDate.of(1904, 1, 1).plusDays(days);
    }
    return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days)
        : LocalDate.of(1899, 12, 30).plusDays(days);
  }

  /** The text of the current {@code f} element, a shared formula's from its base cell. */
  private String formula(XMLStreamReader xml, CellRef ref) throws XMLStreamException {
    boolean shared = "shared".equals(XlsxPart.attribute(xml, "t"));
    String index = XlsxPart.attribute(xml, "si");
    String text = xml.getElementText();
    if (!shared || index == null) {
      return text;
    }
    if (!text.isEmpty()) {
      sharedFormulas.put(index, text);
      return text;
    }
    String base = sharedFormulas.get(index);
    if (base == null) {
      throw new SheetReadException(ref, "the cell holds shared formula " + "\"" + index + "\""
          + " without its base cell: the workbook is damaged");
    }
    return base;
  }

  /** Skips the current element and everything in it. */
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int event = xml.next();
      depth += event == XMLStreamConstants.START_ELEMENT ? 1
          : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }
}
