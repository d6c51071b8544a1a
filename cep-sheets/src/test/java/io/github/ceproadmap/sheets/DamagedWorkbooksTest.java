package io.github.ceproadmap.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Damaged and hostile workbooks, made here from an exported one by editing its XML: each is
 * refused with one line that names the file and the cell (or the part), in the library's words,
 * never a Java class or the XML parser's message.
 */
class DamagedWorkbooksTest {
  private static final byte[] WORKBOOK = SheetsRoundTripTest.workbook(Editions.tableA());
  private static final String ROADMAP = "xl/worksheets/sheet1.xml";

  private static String refused(byte[] workbook) {
    SheetReadException e = assertThrows(SheetReadException.class, () -> read(workbook));
    String message = e.getMessage();
    assertFalse(message.contains("\n") || message.contains("Exception")
        || message.contains("java.") || message.contains("ParseError")
        || message.contains("[row,col"), message);
    assertTrue(message.startsWith("damaged.xlsx: "), message);
    return message;
  }

  private static ImportedRoadmap read(byte[] workbook) {
    return RoadmapSheets.defaults().readWorkbook(new ByteArrayInputStream(workbook),
        "damaged.xlsx");
  }

  private static byte[] roadmapSheet(String from, String to) {
    return HostileWorkbooksTest.changed(WORKBOOK, ROADMAP, xml -> replaced(xml, from, to));
  }

  private static String replaced(String xml, String from, String to) {
    assertTrue(xml.contains(from), from);
    return xml.replace(from, to);
  }

  @Test
  void rowNumbersOutsideTheSheetAreRefusedNamingTheSheetAndPart() {
    for (String r : new String[] {"0", "-3", "2147483648", "x"}) {
      assertEquals("damaged.xlsx: sheet Roadmap (part xl/worksheets/sheet1.xml): row \"" + r
          + "\" is not a row number from 1 to 1048576: the workbook is damaged",
          refused(roadmapSheet("<row r=\"2\">", "<row r=\"" + r + "\">")));
    }
    assertEquals("damaged.xlsx: sheet Roadmap (part xl/worksheets/sheet1.xml): row \"1\" comes"
        + " after row 1: the workbook is damaged",
        refused(roadmapSheet("<row r=\"2\">", "<row r=\"1\">")));
  }

  @Test
  void aCellReferenceThatNamesNoCellOfItsRowIsRefusedAtTheCell() {
    assertEquals("damaged.xlsx: Roadmap!B2: the cell reference \"2A\" names no cell of row 2"
        + " after A2 (part xl/worksheets/sheet1.xml): the workbook is damaged",
        refused(roadmapSheet("<c r=\"B2\"", "<c r=\"2A\"")));
    assertEquals("damaged.xlsx: Roadmap!B2: the cell reference \"A2\" names no cell of row 2"
        + " after A2 (part xl/worksheets/sheet1.xml): the workbook is damaged",
        refused(roadmapSheet("<c r=\"B2\"", "<c r=\"A2\"")));
    assertEquals("damaged.xlsx: Roadmap!A2: the cell reference \"A3\" names no cell of row 2"
        + " (part xl/worksheets/sheet1.xml): the workbook is damaged",
        refused(roadmapSheet("<c r=\"A2\"", "<c r=\"A3\"")));
  }

  @Test
  void aStyleIndexTheWorkbookDoesNotHoldIsRefusedAtTheCell() {
    for (String s : new String[] {"x", "-1", "3", "99999999999"}) {
      assertEquals("damaged.xlsx: Roadmap!A2: the cell names style \"" + s + "\", but the"
          + " workbook has 3 cell styles: the workbook is damaged",
          refused(roadmapSheet("<c r=\"A2\" s=\"1\"", "<c r=\"A2\" s=\"" + s + "\"")));
    }
  }

  @Test
  void aSharedStringIndexOutsideTheTableIsRefusedAtTheCellNotReadAsEmpty() {
    String cell = "<c r=\"B2\" s=\"1\" t=\"s\"><v>6</v>";
    for (String index : new String[] {"-1", "abc", "237", "", "1e3"}) {
      assertEquals("damaged.xlsx: Roadmap!B2: the cell names shared string \"" + index
          + "\", but the shared-strings table holds 237 entries: the workbook is damaged",
          refused(roadmapSheet(cell, cell.replace(">6<", ">" + index + "<"))));
    }
  }

  @Test
  void aDateCellIsReadAsADateAndRefusedWhereTextBelongs() {
    assertEquals("damaged.xlsx: Roadmap!D2: expected a day like \"2021-03-18\" as text but found"
        + " the date 2021-03-18: a spreadsheet program turns 2022-05 typed into a General cell"
        + " into a date; store the column as text (format its cells as Text, or type a leading"
        + " apostrophe, as in '2.10) and type the value again",
        refused(roadmapSheet("<c r=\"D2\" s=\"1\" t=\"s\"><v>8</v>",
            "<c r=\"D2\" s=\"1\" t=\"d\"><v>2021-03-18</v>")));
  }

  @Test
  void anUnknownCellTypeIsRefusedAtTheCell() {
    assertEquals("damaged.xlsx: Roadmap!B2: the cell has type \"zz\", which is no cell type of"
        + " ECMA-376 (s, str, inlineStr, n, b, e, d): the workbook is damaged",
        refused(roadmapSheet("<c r=\"B2\" s=\"1\" t=\"s\">", "<c r=\"B2\" s=\"1\" t=\"zz\">")));
  }

  @Test
  void aSharedFormulaWithoutItsBaseIsRefusedAtTheCell() {
    assertEquals("damaged.xlsx: Roadmap!B2: the cell holds shared formula \"0\" without its"
        + " base cell: the workbook is damaged",
        refused(roadmapSheet("<c r=\"B2\" s=\"1\" t=\"s\"><v>6</v>",
            "<c r=\"B2\" s=\"1\"><f t=\"shared\" si=\"0\"/><v>6</v>")));
  }

  @Test
  void aDateFormattedCellHoldingAHugeSerialIsRefusedAtTheCell() {
    byte[] workbook = HostileWorkbooksTest.changed(
        HostileWorkbooksTest.changed(WORKBOOK, "xl/styles.xml",
            xml -> replaced(xml, "<cellXfs count=\"3\">", "<cellXfs count=\"4\">")
                .replace("</cellXfs>", "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\""
                    + " borderId=\"0\" xfId=\"0\"/></cellXfs>")),
        ROADMAP, xml -> replaced(xml, "<c r=\"D2\" s=\"1\" t=\"s\"><v>8</v>",
            "<c r=\"D2\" s=\"3\"><v>1e10</v>"));
    assertEquals("damaged.xlsx: Roadmap!D2: expected a day like \"2021-03-18\" as text but found"
        + " the date with the serial number 1e10 (no day from 1900 to 9999): a spreadsheet"
        + " program turns 2022-05 typed into a General cell into a date; store the column as text"
        + " (format its cells as Text, or type a leading apostrophe, as in '2.10) and type the"
        + " value again", refused(workbook));
  }

  @Test
  void xmlTheParserRefusesNamesThePartAndThePlaceInIt() {
    byte[] nul = HostileWorkbooksTest.changed(WORKBOOK, "xl/sharedStrings.xml",
        xml -> replaced(xml, ">Circular Electronics Roadmap<", ">Circular&#0;<"));
    assertTrue(refused(nul).matches("damaged.xlsx: part xl/sharedStrings.xml is not well-formed"
        + " XML at line 1, column [0-9]+: the workbook is damaged; save it again from the"
        + " spreadsheet program"), refused(nul));
    byte[] surrogate = HostileWorkbooksTest.changed(WORKBOOK, "xl/sharedStrings.xml",
        xml -> replaced(xml, ">Circular Electronics Roadmap<", ">&#xD800;<"));
    assertTrue(refused(surrogate).startsWith("damaged.xlsx: part xl/sharedStrings.xml is not"
        + " well-formed XML at line 1, column "), refused(surrogate));
    byte[] garbage = HostileWorkbooksTest.changed(WORKBOOK, "[Content_Types].xml",
        xml -> "<Types><<garbage");
    assertTrue(refused(garbage).startsWith("damaged.xlsx: part [Content_Types].xml is not"
        + " well-formed XML at line 1, column "), refused(garbage));
  }

  @Test
  void aDoctypeIsRefusedInUtf16AndAPartInUtf32IsRefusedUnparsed() {
    String doctype = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
        + "<!DOCTYPE workbook SYSTEM \"http://evil.example/x.dtd\">";
    for (Charset utf16 : new Charset[] {UTF_16LE, UTF_16BE}) {
      byte[] workbook = reencoded("xl/workbook.xml", utf16,
          xml -> doctype + xml.substring(xml.indexOf("?>") + 2));
      assertEquals("damaged.xlsx: entry xl/workbook.xml declares a DOCTYPE or an entity, which a"
          + " workbook never needs: refused", refused(workbook));
    }
    byte[] utf32 = reencoded("xl/workbook.xml", Charset.forName("UTF-32LE"), xml -> xml);
    assertEquals("damaged.xlsx: entry xl/workbook.xml is encoded in UTF-32, but a workbook's"
        + " parts are UTF-8 or UTF-16 (ECMA-376): refused", refused(utf32));
    byte[] declared = HostileWorkbooksTest.changed(WORKBOOK, "xl/workbook.xml",
        xml -> replaced(xml, "encoding=\"UTF-8\"", "encoding=\"UTF-7\""));
    assertEquals("damaged.xlsx: entry xl/workbook.xml is encoded in UTF-7, but a workbook's"
        + " parts are UTF-8 or UTF-16 (ECMA-376): refused", refused(declared));
  }

  @Test
  void aPartInUtf16WithoutADoctypeIsRead() {
    byte[] workbook = reencoded("xl/workbook.xml", UTF_16LE,
        xml -> "\uFEFF" + xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""));
    assertEquals(Editions.tableA(), read(workbook).roadmap());
  }

  @Test
  void sharedStringsAreCountedAsTheParserSeesThem() {
    StringBuilder table = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < 1500; i++) {
      table.append("<si\n><t>s").append(i).append("</t></si\n>");
    }
    byte[] workbook = HostileWorkbooksTest.changed(WORKBOOK, "xl/sharedStrings.xml",
        xml -> table + "</sst>");
    SheetReadException e = assertThrows(SheetReadException.class, () -> RoadmapSheets
        .withLimits(SheetLimits.builder().maxSharedStrings(1000).build())
        .readWorkbook(new ByteArrayInputStream(workbook), "damaged.xlsx"));
    assertEquals("damaged.xlsx: the shared-strings table holds more than 1000 entries"
        + " (maxSharedStrings)", e.getMessage());
  }

  @Test
  void aStoredEntryWithAWrongChecksumIsRefused() throws Exception {
    byte[] stored = stored(WORKBOOK);
    assertEquals(Editions.tableA(), read(stored).roadmap());
    byte[] title = "Circular Electronics Roadmap<".getBytes(UTF_8);
    int at = indexOf(stored, title);
    assertTrue(at > 0);
    stored[at] = 'K';
    assertEquals("damaged.xlsx: entry xl/sharedStrings.xml does not match its CRC-32 checksum:"
        + " the workbook is damaged", refused(stored));
  }

  private static final Charset UTF_16LE = Charset.forName("UTF-16LE");
  private static final Charset UTF_16BE = Charset.forName("UTF-16BE");

  private static byte[] reencoded(String part, Charset charset, UnaryOperator<String> change) {
    byte[] utf8 = HostileWorkbooksTest.changed(WORKBOOK, part, change);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out);
        ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(utf8))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (entry.getName().equals(part)) {
          content = new String(content, UTF_8).getBytes(charset);
        }
        copy.putNextEntry(new ZipEntry(entry.getName()));
        copy.write(content);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The workbook with every entry stored, not deflated. */
  private static byte[] stored(byte[] zip) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream copy = new ZipOutputStream(out);
        ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        ZipEntry plain = new ZipEntry(entry.getName());
        plain.setMethod(ZipEntry.STORED);
        plain.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        plain.setCrc(crc.getValue());
        copy.putNextEntry(plain);
        copy.write(content);
      }
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }
}
