package io.github.ceproadmap.sheets;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV (RFC 4180) or TSV file into a {@link Grid}: UTF-8 with or without a byte order
 * mark, every cell text, rows numbered as a spreadsheet program numbers them (an empty line is a
 * row too), within the row, column and size limits. A CSV field that export kept from running as
 * a formula ({@link CsvFormulaGuard}) reads as the text it was.
 */
final class CsvGrids {
  private CsvGrids() {}

  /** Reads {@code file} with fields separated by {@code separator} (',' or '\t'). */
  static Grid read(Path file, char separator, SheetLimits limits) {
    String name = String.valueOf(file.getFileName());
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
    } catch (IOException e) {
      throw new SheetReadException(name, "cannot be read: " + e.getMessage());
    }
    return parse(name, bytes, separator, limits);
  }

  /** Parses {@code bytes}, the content of file {@code name}. */
  static Grid parse(String name, byte[] bytes, char separator, SheetLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw new SheetReadException(name,
          "is larger than the limit of " + limits.maxFileBytes() + " bytes (maxFileBytes)");
    }
    String text = utf8(name, bytes);
    CellRef origin = CellRef.inCsv(name, 1, 1);
    List<Grid.Row> rows = new ArrayList<>();
    int number = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder()
        .fieldSeparator(separator)
        .skipEmptyLines(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .allowUnclosedQuote(false)
        .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        number++;
        if (number > limits.maxRows()) {
          throw new SheetReadException(origin.at(number, 1),
              "the file has more than " + limits.maxRows() + " rows (maxRows)");
        }
        if (record.getFieldCount() > limits.maxColumns()) {
          throw new SheetReadException(origin.at(number, limits.maxColumns() + 1),
              "the row has more than " + limits.maxColumns() + " columns (maxColumns)");
        }
        Grid.Row row = row(origin, number, record.getFields(), separator == ',');
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (CsvParseException e) {
      // FastCSV's own message names its internals; only the kind of problem is taken from it.
      boolean unclosed = String.valueOf(e.getMessage()).startsWith("Unclosed quoted field");
      throw new SheetReadException(name, "row " + (number + 1) + (unclosed
          ? ": a quoted field has no closing quote, so the rest of the file would be one cell;"
              + " close the quote (a quote inside a quoted field is written twice: \"\")"
          : " is not valid CSV (RFC 4180)"));
    } catch (IOException e) {
      throw new SheetReadException(name, "cannot be read: " + e.getMessage());
    }
    return new Grid(name, origin, rows);
  }

  /**
   * The non-empty cells of one record; in a CSV file (not in TSV copied out of a slide) a field
   * neutralised against formula injection gets its text back.
   */
  private static Grid.@Nullable Row row(CellRef origin, int number, List<String> fields,
      boolean csv) {
    List<Grid.@Nullable Cell> cells = new ArrayList<>(fields.size());
    boolean any = false;
    for (int c = 0; c < fields.size(); c++) {
      String field = fields.get(c);
      if (field.isEmpty()) {
        cells.add(null);
      } else {
        cells.add(new Grid.Cell(origin.at(number, c + 1), Grid.Kind.TEXT,
            CellText.unescape(csv ? CsvFormulaGuard.restore(field) : field)));
        any = true;
      }
    }
    return any ? new Grid.Row(number, cells) : null;
  }

  private static String utf8(String name, byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SheetReadException(name, "is not UTF-8 text: save it as \"CSV UTF-8\"");
    }
  }
}
