package io.github.ceproadmap.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of an XLSX workbook into {@link Grid}s, after {@link ZipGuard} has checked the
 * zip. Every sheet is read, hidden ones included; a cell keeps its kind (text, number, date,
 * formula...) for the caller to judge.
 */
final class XlsxGrids {
  private XlsxGrids() {}

  /** Reads every sheet of workbook {@code bytes}, named {@code name}, by sheet name in order. */
  static Map<String, Grid> read(String name, byte[] bytes, SheetLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw new SheetReadException(name,
          "is larger than the limit of " + limits.maxFileBytes() + " bytes (maxFileBytes)");
    }
    ZipGuard.check(name, bytes, limits);
    Map<String, Grid> grids = new LinkedHashMap<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
      for (Iterator<Sheet> sheets = workbook.getSheets().iterator(); sheets.hasNext(); ) {
        Sheet sheet = sheets.next();
        grids.put(sheet.getName(), grid(name, sheet, limits));
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      throw new SheetReadException(name, "is not a readable XLSX workbook: " + e.getMessage());
    }
    return grids;
  }

  private static Grid grid(String file, Sheet sheet, SheetLimits limits) throws IOException {
    CellRef origin = CellRef.inWorkbook(file, sheet.getName(), 1, 1);
    List<Grid.Row> rows = new ArrayList<>();
    try (Stream<Row> stream = sheet.openStream()) {
      for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
        Row row = it.next();
        if (row.getRowNum() > limits.maxRows()) {
          throw new SheetReadException(origin.at(row.getRowNum(), 1),
              "the sheet goes past row " + limits.maxRows() + " (maxRows)");
        }
        Grid.Row read = row(origin, row, limits);
        if (read != null) {
          rows.add(read);
        }
      }
    }
    return new Grid(sheet.getName(), origin, rows);
  }

  private static Grid.@Nullable Row row(CellRef origin, Row row, SheetLimits limits) {
    List<Grid.@Nullable Cell> cells = new ArrayList<>();
    boolean any = false;
    for (Cell cell : row) {
      if (cell == null) {
        cells.add(null);
        continue;
      }
      int column = cell.getColumnIndex() + 1;
      Grid.Cell read = cell(origin.at(row.getRowNum(), column), cell);
      if (read != null && column > limits.maxColumns()) {
        throw new SheetReadException(read.ref(),
            "the sheet goes past column " + limits.maxColumns() + " (maxColumns)");
      }
      while (cells.size() < column - 1) {
        cells.add(null);
      }
      cells.add(read);
      any |= read != null;
    }
    return any ? new Grid.Row(row.getRowNum(), cells) : null;
  }

  private static Grid.@Nullable Cell cell(CellRef ref, Cell cell) {
    CellType type = cell.getType();
    String raw = cell.getRawValue();
    switch (type) {
      case STRING:
        String text = cell.asString();
        return text == null || text.isEmpty()
            ? null : new Grid.Cell(ref, Grid.Kind.TEXT, CellText.unescape(text));
      case NUMBER:
        return isDateFormat(cell.getDataFormatString())
            ? new Grid.Cell(ref, Grid.Kind.DATE, cell.asDate().toLocalDate().toString())
            : new Grid.Cell(ref, Grid.Kind.NUMBER, String.valueOf(raw));
      case BOOLEAN:
        return new Grid.Cell(ref, Grid.Kind.BOOLEAN, String.valueOf(raw));
      case FORMULA:
        return new Grid.Cell(ref, Grid.Kind.FORMULA, "=" + cell.getFormula());
      case ERROR:
        return new Grid.Cell(ref, Grid.Kind.ERROR, String.valueOf(raw));
      default:
        return null;
    }
  }

  /** Whether a number format shows a date or time: it has y, m, d or h outside quotes. */
  private static boolean isDateFormat(@Nullable String format) {
    if (format == null) {
      return false;
    }
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
    return bare.matches(".*[ymdh].*");
  }
}
