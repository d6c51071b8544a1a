package io.github.ceproadmap.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No exported cell runs as a formula in the program that opens it. The exported files are read
 * here without cep-sheets' readers: the workbook as a zip of XML through the JDK, the CSV files
 * through a hand-rolled RFC 4180 reader.
 */
class FormulaInjectionTest {
  /** Texts as an attacker would type them, and texts that look like their neutralised form. */
  private static final String[] PAYLOADS = {
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+cmd|' /C calc'!A0", "-2+3",
    "@SUM(1+9)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "'=1+1", "''=1+1", "'quoted'", "'", "''",
    "'\t", "=", "-", "@", "+"
  };
  private static final String TRIGGERS = "=+-@\t\r";

  @TempDir Path temp;

  /** Table A with a payload in a title, a name, an e-mail, a description and a list item. */
  private static Roadmap dressed(List<Integer> picks) {
    Roadmap base = Editions.tableA();
    String[] p = picks.stream().map(i -> PAYLOADS[i]).toArray(String[]::new);
    Organization first = base.organizations().get(0);
    Project project = Editions.projectP21().toBuilder()
        .title(p[0])
        .description(p[1] + " description")
        .contacts(List.of(Contact.builder().name(p[2]).email(p[3] + "@example.org")
            .organization(first.id()).build()))
        .addActivities(p[4] + " activity")
        .putExtensions("x-note", "\"" + p[5].replace("\t", "\\t").replace("\r", "\\r")
            .replace("\"", "\\\"") + "\"")
        .putExtensions("x-number", "-12")
        .build();
    return base.toBuilder()
        .title(p[6])
        .organizations(List.of(first.toBuilder().name(p[7]).build()))
        .projects(List.of(project))
        .build();
  }

  private static Gen<Roadmap> roadmaps() {
    return lists().of(integers().between(0, PAYLOADS.length - 1)).ofSize(8)
        .map(FormulaInjectionTest::dressed);
  }

  @Test
  void noCsvFieldBeginsLikeAFormulaAndImportGivesTheExactText() {
    qt().withExamples(40).forAll(roadmaps()).checkAssert(roadmap -> {
      Map<String, byte[]> files = RoadmapSheets.defaults().toCsvFiles(roadmap);
      List<String> fields = new ArrayList<>();
      files.values().forEach(bytes -> fields.addAll(fieldsOf(new String(bytes, UTF_8))));
      for (String field : fields) {
        assertFalse(!field.isEmpty() && TRIGGERS.indexOf(field.charAt(0)) >= 0,
            () -> "a field begins like a formula: " + field);
      }
      assertTrue(fields.contains("'" + roadmap.title()) || !startsFormula(roadmap.title()));
      assertEquals(roadmap, RoadmapSheets.defaults().read(written(files)).roadmap());
    });
  }

  @Test
  void aNeutralisedFieldIsQuotedAndKeepsItsTextAfterTheApostrophe() {
    Roadmap roadmap = dressed(List.of(0, 1, 2, 3, 4, 5, 4, 6));
    String csv = new String(RoadmapSheets.defaults().toCsvFiles(roadmap).get("roadmap.csv"), UTF_8);
    assertTrue(csv.contains(",\"'\t=1+1\","), csv);
    String projects = new String(
        RoadmapSheets.defaults().toCsvFiles(roadmap).get("projects.csv"), UTF_8);
    assertTrue(projects.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","),
        projects);
    assertTrue(projects.contains(",\"'-12\""), projects);
    String organizations = new String(
        RoadmapSheets.defaults().toCsvFiles(roadmap).get("organizations.csv"), UTF_8);
    assertTrue(organizations.contains(",\"''=1+1\","), organizations);
  }

  @Test
  void aTextThatBeginsWithAnApostropheSurvivesTheCsvRoundTrip() {
    for (String title : new String[] {"'=1+1", "''=1+1", "'quoted'", "'", "''", "'''-x"}) {
      Roadmap roadmap = Editions.tableA().toBuilder().title(title).build();
      Path folder = written(RoadmapSheets.defaults().toCsvFiles(roadmap));
      assertEquals(title, RoadmapSheets.defaults().read(folder).roadmap().title());
    }
  }

  @Test
  void everyWorkbookCellIsAStringCellHoldingTheExactText() throws Exception {
    Roadmap roadmap = dressed(List.of(0, 1, 2, 3, 4, 5, 6, 7));
    byte[] workbook = RoadmapSheets.defaults().toWorkbook(roadmap);
    Map<String, Document> parts = parts(workbook);
    List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
    List<String> texts = new ArrayList<>();
    int cells = 0;
    for (Map.Entry<String, Document> part : parts.entrySet()) {
      if (!part.getKey().startsWith("xl/worksheets/")) {
        continue;
      }
      Document sheet = part.getValue();
      assertEquals(0, sheet.getElementsByTagName("f").getLength(), part.getKey());
      NodeList cs = sheet.getElementsByTagName("c");
      for (int i = 0; i < cs.getLength(); i++) {
        Element c = (Element) cs.item(i);
        NodeList values = c.getElementsByTagName("v");
        if (values.getLength() == 0) {
          continue;
        }
        cells++;
        assertEquals("s", c.getAttribute("t"), part.getKey() + " " + c.getAttribute("r"));
        texts.add(shared.get(Integer.parseInt(values.item(0).getTextContent())));
      }
    }
    assertTrue(cells > 100);
    Project project = roadmap.projects().get(0);
    for (String text : List.of(roadmap.title(), project.title(),
        project.description().orElseThrow(), project.contacts().get(0).name(),
        project.contacts().get(0).email(), project.activities().get(project.activities().size() - 1),
        roadmap.organizations().get(0).name())) {
      assertTrue(texts.contains(CellText.escape(text)), () -> "no cell holds " + text);
    }
    assertEquals(roadmap, RoadmapSheets.defaults()
        .readWorkbook(new ByteArrayInputStream(workbook), "r.xlsx").roadmap());
  }

  private static boolean startsFormula(String text) {
    return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
  }

  private Path written(Map<String, byte[]> files) {
    try {
      Path folder = Files.createTempDirectory(temp, "csv");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Files.write(folder.resolve(file.getKey()), file.getValue());
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field of an RFC 4180 text, read by hand. */
  static List<String> fieldsOf(String csv) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',' || c == '\r' && csv.startsWith("\r\n", i)) {
        fields.add(field.toString());
        field.setLength(0);
        i += c == '\r' ? 1 : 0;
      } else {
        field.append(c);
        any = true;
      }
    }
    assertFalse(quoted, "an unbalanced quote");
    if (any || field.length() > 0) {
      fields.add(field.toString());
    }
    return fields;
  }

  /** The XML parts of a zip, parsed by the JDK. */
  static Map<String, Document> parts(byte[] zip) throws Exception {
    Map<String, Document> parts = new HashMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().endsWith(".xml")) {
          parts.put(entry.getName(), factory.newDocumentBuilder()
              .parse(new ByteArrayInputStream(in.readAllBytes())));
        }
      }
    }
    return parts;
  }

  /** The texts of a shared-strings table, in order. */
  static List<String> sharedStrings(Document table) {
    NodeList items = table.getElementsByTagName("si");
    List<String> texts = new ArrayList<>(items.getLength());
    for (int i = 0; i < items.getLength(); i++) {
      NodeList ts = ((Element) items.item(i)).getElementsByTagName("t");
      texts.add(java.util.stream.IntStream.range(0, ts.getLength())
          .mapToObj(j -> ts.item(j).getTextContent()).collect(Collectors.joining()));
    }
    return texts;
  }
}
