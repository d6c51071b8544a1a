package io.github.ceproadmap.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A workbook is a zip of XML: each hostile one is refused with one line naming the limit, before
 * it costs more than the limit. The zips are made here, from an exported workbook.
 */
class HostileWorkbooksTest {
  private static final byte[] WORKBOOK = SheetsRoundTripTest.workbook(Editions.tableA());

  private static SheetReadException refused(byte[] workbook, SheetLimits limits) {
    return assertThrows(SheetReadException.class, () -> RoadmapSheets.withLimits(limits)
        .readWorkbook(new ByteArrayInputStream(workbook), "hostile.xlsx"));
  }

  private static SheetReadException refused(byte[] workbook) {
    return refused(workbook, SheetLimits.defaults());
  }

  @Test
  void aZipBombIsRefusedByItsCompressionRatio() {
    byte[] bomb = withEntry(WORKBOOK, "xl/worksheets/padding.xml", new byte[64 * 1024 * 1024]);
    SheetReadException e = refused(bomb);
    assertTrue(e.getMessage().contains("(maxCompressionRatio): refused as a zip bomb"),
        e.getMessage());
    assertTrue(e.cell().isEmpty());
  }

  @Test
  void aWorkbookThatInflatesPastTheSizeLimitIsRefused() {
    SheetReadException e = refused(WORKBOOK,
        SheetLimits.builder().maxUncompressedBytes(1000).build());
    assertEquals("hostile.xlsx: inflates to more than 1000 bytes (maxUncompressedBytes): refused"
        + " as a zip bomb", e.getMessage());
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedUnread() {
    SheetReadException e = refused(WORKBOOK, SheetLimits.builder().maxFileBytes(100).build());
    assertEquals("hostile.xlsx: is larger than the limit of 100 bytes (maxFileBytes)",
        e.getMessage());
  }

  @Test
  void xmlWithADoctypeOrAnEntityIsRefused() {
    byte[] doctype = changed(WORKBOOK, "xl/workbook.xml", xml -> xml.replaceFirst("\\?>",
        "?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"));
    assertEquals("hostile.xlsx: entry xl/workbook.xml declares a DOCTYPE or an entity, which a"
        + " workbook never needs: refused", refused(doctype).getMessage());
  }

  @Test
  void aSharedStringsTableOverTheLimitIsRefused() {
    SheetReadException e = refused(WORKBOOK, SheetLimits.builder().maxSharedStrings(10).build());
    assertEquals("hostile.xlsx: the shared-strings table holds more than 10 entries"
        + " (maxSharedStrings)", e.getMessage());
  }

  @Test
  void aSheetPastTheRowOrColumnLimitIsRefusedAtThatCell() {
    TestWorkbook workbook = TestWorkbook.of(Editions.tableA());
    workbook.sheets.put("Notes", new java.util.ArrayList<>());
    workbook.set("Notes", 5000, 1, "far down");
    assertEquals("hostile.xlsx: Notes!A5000: the sheet goes past row 4999 (maxRows)",
        refused(workbook.bytes(), SheetLimits.builder().maxRows(4999).build()).getMessage());
    TestWorkbook wide = TestWorkbook.of(Editions.tableA()).set("Axes", 1, 40, "wide");
    assertEquals("hostile.xlsx: Axes!AN1: the sheet goes past column 39 (maxColumns)",
        refused(wide.bytes(), SheetLimits.builder().maxColumns(39).build()).getMessage());
  }

  @Test
  void somethingThatIsNoZipIsRefusedInOneLine() {
    SheetReadException e = refused("{\"not\": \"a workbook\"}".getBytes(UTF_8));
    assertTrue(e.getMessage().startsWith("hostile.xlsx: is not a readable XLSX workbook"),
        e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }

  static byte[] withEntry(byte[] zip, String name, byte[] content) {
    return rewrite(zip, Map.of(name, content), UnaryOperator.identity(), "");
  }

  static byte[] changed(byte[] zip, String name, UnaryOperator<String> change) {
    return rewrite(zip, Map.of(), change, name);
  }

  private static byte[] rewrite(byte[] zip, Map<String, byte[]> extra,
      UnaryOperator<String> change, String changedEntry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out);
        ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(changedEntry)) {
          content = change.apply(new String(content, UTF_8)).getBytes(UTF_8);
        }
        copy.putNextEntry(new ZipEntry(entry.getName()));
        copy.write(content);
      }
      for (Map.Entry<String, byte[]> entry : extra.entrySet()) {
        copy.putNextEntry(new ZipEntry(entry.getKey()));
        copy.write(entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
