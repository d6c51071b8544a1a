package io.github.ceproadmap.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.io.InputStream;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link OutTable}s as an XLSX workbook: every cell a text cell, every column formatted as
 * Text (so that what a person types there stays text), headings in bold, the matrix protected.
 * The output is deterministic: the same roadmap gives the same bytes.
 */
final class XlsxOut {
  private static final String APPLICATION = "cep-roadmap";

  private XlsxOut() {}

  static void write(List<OutTable> tables, OutputStream out) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
    try (Workbook workbook = new Workbook(raw, APPLICATION, "1.0")) {
      for (OutTable table : tables) {
        sheet(workbook.newWorksheet(table.sheetName()), table);
      }
    }
    withoutCreationTime(raw.toByteArray(), out);
  }

  private static void sheet(Worksheet sheet, OutTable table) {
    int width = table.headings().size();
    for (int c = 0; c < width; c++) {
      sheet.style(c).format("@").set();
      cell(sheet, 0, c, table.headings().get(c));
      sheet.style(0, c).bold().format("@").set();
    }
    int r = 1;
    for (List<String> row : table.rows()) {
      for (int c = 0; c < row.size(); c++) {
        cell(sheet, r, c, row.get(c));
      }
      r++;
    }
    if (table.readOnly()) {
      sheet.protect(APPLICATION);
    }
  }

  private static void cell(Worksheet sheet, int row, int column, String text) {
    if (!text.isEmpty()) {
      sheet.value(row, column, CellText.escape(text));
      sheet.style(row, column).format("@").set();
    }
  }

  /**
   * Copies the workbook's zip to {@code out} with the creation time FastExcel puts in
   * docProps/core.xml taken out, the only part that differs between two runs.
   */
  private static void withoutCreationTime(byte[] zip, OutputStream out) throws IOException {
    ZipOutputStream copy = new ZipOutputStream(out);
    // Through the central directory: FastExcel's local headers leave the sizes to a trailer.
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
        .get()) {
      for (Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
          entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        byte[] content;
        try (InputStream part = in.getInputStream(entry)) {
          content = part.readAllBytes();
        }
        if (entry.getName().equals("docProps/core.xml")) {
          content = new String(content, StandardCharsets.UTF_8)
              .replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "")
              .getBytes(StandardCharsets.UTF_8);
        }
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTime(0);
        copy.putNextEntry(fixed);
        copy.write(content);
        copy.closeEntry();
      }
    }
    copy.finish();
  }
}
