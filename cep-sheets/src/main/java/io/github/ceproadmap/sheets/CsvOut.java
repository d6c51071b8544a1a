package io.github.ceproadmap.sheets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes one {@link OutTable} as an RFC 4180 CSV file: UTF-8 without a BOM, CRLF line ends. */
final class CsvOut {
  private CsvOut() {}

  static void write(OutTable table, OutputStream out) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
        .build(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    csv.writeRecord(escaped(table.headings()));
    for (List<String> row : table.rows()) {
      csv.writeRecord(escaped(row));
    }
    csv.flush();
  }

  private static List<String> escaped(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    cells.forEach(cell -> out.add(CellText.escape(cell)));
    return out;
  }
}
