package io.github.ceproadmap.sheets;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@link OutTable} as an RFC 4180 CSV file: UTF-8 without a BOM, CRLF line ends, each
 * field escaped by {@link CellText} and kept from running as a formula by {@link CsvFormulaGuard}
 * (a neutralised field is also quoted, as OWASP's guidance asks).
 */
final class CsvOut {
  /** Quotes what RFC 4180 needs quoted, and every neutralised field. */
  private static final QuoteStrategy QUOTES = new QuoteStrategy() {
    @Override
    public boolean quoteValue(int lineNo, int fieldIdx, String value) {
      return CsvFormulaGuard.isNeutralised(value);
    }
  };

  private CsvOut() {}

  static void write(OutTable table, OutputStream out) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).quoteStrategy(QUOTES)
        .build(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    csv.writeRecord(escaped(table.headings()));
    for (List<String> row : table.rows()) {
      csv.writeRecord(escaped(row));
    }
    csv.flush();
  }

  private static List<String> escaped(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    cells.forEach(cell -> out.add(CsvFormulaGuard.neutralise(CellText.escape(cell))));
    return out;
  }
}
