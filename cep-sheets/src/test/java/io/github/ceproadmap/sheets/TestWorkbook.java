package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook as a person may leave it: the sheets of an exported roadmap as mutable rows, whose
 * cells a test may replace with numbers, dates or formulas, reorder, hide or extend, then write
 * the way a spreadsheet program would (numbers as number cells, dates as date cells).
 */
final class TestWorkbook {
  /** A formula cell. */
  record Formula(String expression) {}

  final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
  final List<String> hidden = new ArrayList<>();

  static TestWorkbook of(Roadmap roadmap) {
    TestWorkbook workbook = new TestWorkbook();
    for (OutTable table : RoadmapTables.of(roadmap)) {
      List<List<Object>> rows = new ArrayList<>();
      rows.add(new ArrayList<>(table.headings()));
      table.rows().forEach(row -> rows.add(new ArrayList<>(row)));
      workbook.sheets.put(table.sheetName(), rows);
    }
    return workbook;
  }

  /** Sets the cell at {@code row} and {@code column} (from 1) of {@code sheet}. */
  TestWorkbook set(String sheet, int row, int column, Object value) {
    List<List<Object>> rows = sheets.get(sheet);
    while (rows.size() < row) {
      rows.add(new ArrayList<>());
    }
    List<Object> cells = rows.get(row - 1);
    while (cells.size() < column) {
      cells.add("");
    }
    cells.set(column - 1, value);
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(out, "test", "1.0")) {
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        if (hidden.contains(sheet.getKey())) {
          ws.setVisibilityState(VisibilityState.HIDDEN);
        }
        for (int r = 0; r < sheet.getValue().size(); r++) {
          List<Object> row = sheet.getValue().get(r);
          for (int c = 0; c < row.size(); c++) {
            write(ws, r, c, row.get(c));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(Worksheet ws, int r, int c, Object value) {
    if (value instanceof Number) {
      ws.value(r, c, (Number) value);
    } else if (value instanceof LocalDate) {
      ws.value(r, c, (LocalDate) value);
      ws.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof Formula) {
      ws.formula(r, c, ((Formula) value).expression());
    } else if (!value.toString().isEmpty()) {
      ws.value(r, c, value.toString());
    }
  }

  ImportedRoadmap read() {
    return RoadmapSheets.defaults().readWorkbook(new ByteArrayInputStream(bytes()), "roadmap.xlsx");
  }
}
