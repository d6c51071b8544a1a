package io.github.ceproadmap.sheets;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads the sheets of an XLSX workbook into {@link Grid}s, after {@link ZipGuard} has checked the
 * zip: the package through {@link XlsxWorkbook}, each sheet through {@link WorksheetPart}, every
 * part with the JDK's XML parser. Every sheet is read, hidden ones included; a cell keeps its
 * kind (text, number, date, formula...) for the caller to judge.
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
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      XlsxWorkbook workbook = XlsxWorkbook.of(zip, name, limits);
      for (Map.Entry<String, String> sheet : workbook.sheets.entrySet()) {
        grids.put(sheet.getKey(), XlsxPart.read(zip, sheet.getValue(), name, xml ->
            WorksheetPart.read(xml, workbook, name, sheet.getKey(), sheet.getValue(), limits)));
      }
    } catch (IOException e) {
      throw new SheetReadException(name, "is not a readable XLSX workbook: its zip is damaged");
    }
    return grids;
  }
}
