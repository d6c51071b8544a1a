package io.github.ceproadmap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every cell that cannot be read is an error that names the file and the cell, and says why. */
class CellErrorsTest {
  private static final Roadmap TABLE_A = Editions.tableA();

  @TempDir Path temp;

  private static String errorOf(TestWorkbook workbook) {
    return assertThrows(SheetReadException.class, workbook::read).getMessage();
  }

  @Test
  void aMalformedActionIdInAProjectNamesTheWorkbookSheetAndCell() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Projects", 2, 6, "2.x");
    assertEquals("roadmap.xlsx: Projects!F2: expected an action id like \"2.5\" but found \"2.x\"",
        errorOf(workbook));
  }

  @Test
  void aNumberWhereAnActionIdBelongsIsAnErrorThatSaysToStoreTheColumnAsText() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Actions", 3, 2, 2.1);
    String message = errorOf(workbook);
    assertTrue(message.startsWith("roadmap.xlsx: Actions!B3: expected an action id like \"2.5\""
        + " as text but found the number 2.1"), message);
    assertTrue(message.contains("store the column as text"), message);
  }

  @Test
  void aDateWhereAMonthBelongsIsAnErrorThatSaysToStoreTheColumnAsText() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Projects", 2, 7, LocalDate.of(2022, 5, 1));
    String message = errorOf(workbook);
    assertTrue(message.startsWith("roadmap.xlsx: Projects!G2: expected a month like"
        + " \"2022-05\" as text but found the date 2022-05-01"), message);
    assertTrue(message.contains("store the column as text"), message);
  }

  @Test
  void aMembershipYearOutsideTheFormatsYearsIsRefusedAtItsCell() {
    // Issue 20: the import wrote a document with 20000 in it that cep validate then refused.
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Organizations", 2, 4, "2024\n20000");
    assertEquals("roadmap.xlsx: Organizations!D2: expected a year (an integer from 0 to 9999)"
        + " but found \"20000\"", errorOf(workbook));
  }

  @Test
  void aStartOutsideTheFormatsYearsIsRefusedAtItsCell() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Projects", 2, 7, "+10000-01");
    assertEquals("roadmap.xlsx: Projects!G2: expected a year-month like \"2022-05\" but found"
        + " \"+10000-01\"", errorOf(workbook));
  }

  @Test
  void aFormulaIsRefusedAtItsCell() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A)
        .set("Axes", 2, 2, new TestWorkbook.Formula("CONCAT(\"Collective\",\" actions\")"));
    String message = errorOf(workbook);
    assertTrue(message.startsWith("roadmap.xlsx: Axes!B2: expected text but found the formula"),
        message);
  }

  @Test
  void aWholeNumberCellIsReadWhereANumberBelongs() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Pathways", 2, 1, 1).set("Actions", 2, 1, 1);
    assertEquals(TABLE_A, workbook.read().roadmap());
  }

  @Test
  void headingsInAnotherOrderAndCaseAreReadByName() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A);
    for (List<Object> row : workbook.sheets.get("Actions")) {
      Object first = row.remove(0);
      row.add(first);
    }
    workbook.sheets.get("Actions").get(0).set(0, "ID");
    assertEquals(TABLE_A, workbook.read().roadmap());
  }

  @Test
  void extraSheetsHiddenSheetsAndEmptyTrailingRowsChangeNothing() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A);
    workbook.sheets.put("Notes", List.of(List.of("anything", 12)));
    workbook.hidden.add("Organizations");
    workbook.set("Actions", 200, 1, "");
    assertEquals(TABLE_A, workbook.read().roadmap());
  }

  @Test
  void anExtraColumnIsKeptAsAnExtensionMemberHoldingItsJsonValue() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Axes", 1, 3, "colour")
        .set("Axes", 2, 3, "\"green\"");
    Roadmap read = workbook.read().roadmap();
    assertEquals("\"green\"", read.axes().get(0).extensions().get("colour"));
    assertEquals(
        "roadmap.xlsx: Axes!C3: expected the JSON value of extension member \"colour\", such as"
            + " \"text in quotes\", 12 or true, but found \"green\"",
        errorOf(TestWorkbook.of(TABLE_A).set("Axes", 1, 3, "colour").set("Axes", 3, 3, "green")));
  }

  @Test
  void aValueInAColumnWithoutAHeadingIsAnError() {
    assertEquals("roadmap.xlsx: Axes!D2: the cell is in a column without a heading: give the"
        + " column a heading or clear it", errorOf(TestWorkbook.of(TABLE_A).set("Axes", 2, 4, "x")));
  }

  @Test
  void aMissingSheetAndAMissingColumnAreNamed() {
    TestWorkbook noActions = TestWorkbook.of(TABLE_A);
    noActions.sheets.remove("Actions");
    assertEquals("roadmap.xlsx: has no sheet Actions",
        errorOf(noActions));
    TestWorkbook noTitle = TestWorkbook.of(TABLE_A).set("Axes", 1, 2, "Name");
    assertEquals("roadmap.xlsx: Axes!A1: the sheet has no column headed \"Title\"",
        errorOf(noTitle));
  }

  @Test
  void aChildRowNamingNoProjectIsAnError() {
    TestWorkbook workbook = TestWorkbook.of(TABLE_A).set("Project contacts", 2, 1, "P9.9");
    assertEquals("roadmap.xlsx: Project contacts!A2: expected the id of a project of sheet"
        + " Projects but found \"P9.9\"", errorOf(workbook).replace("'Project contacts'", "Project contacts"));
  }

  @Test
  void aCsvErrorNamesTheFileRowAndColumn() throws IOException {
    RoadmapSheets.defaults().writeCsvFolder(TABLE_A, temp);
    Path actions = temp.resolve("actions.csv");
    String csv = Files.readString(actions).replaceFirst("\r\n1,1\\.1,", "\r\n1,1.x,");
    Files.writeString(actions, csv, StandardCharsets.UTF_8);
    SheetReadException e = assertThrows(SheetReadException.class,
        () -> RoadmapSheets.defaults().read(temp));
    assertEquals("actions.csv: row 2, column 2: expected an action id like \"2.5\" but found"
        + " \"1.x\"", e.getMessage());
  }

  @Test
  void everyFindingOfAnImportedWorkbookIsPlacedOnACell() {
    ImportedRoadmap imported = TestWorkbook.of(TABLE_A).read();
    ValidationReport report = Validator.standard().validate(imported.roadmap());
    assertEquals(4, report.findings().size());
    for (Finding finding : report.findings()) {
      assertTrue(imported.cells().find(finding.pointer()).isPresent(), finding.toString());
    }
    Finding duplicate = report.findings().stream()
        .filter(f -> f.rule().equals("duplicate-action-id")).findFirst().orElseThrow();
    assertEquals("Actions", imported.cells().find(duplicate.pointer()).orElseThrow().sheet()
        .orElseThrow());
  }
}
