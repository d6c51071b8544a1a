package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cep export} and {@code cep import}, and workbooks and CSV folders as inputs. */
class SpreadsheetCommandsTest {
  @TempDir Path temp;

  private static Roadmap builtIn() {
    CepRun format = CepRun.of("format");
    return RoadmapCodec.strict().decode(format.out());
  }

  @Test
  void anExportedWorkbookImportsAsTheSameDocument() {
    Path workbook = temp.resolve("roadmap.xlsx");
    CepRun export = CepRun.of("export", "--out", workbook.toString());
    assertEquals(0, export.exitCode(), export.toString());
    assertTrue(export.out().startsWith("wrote " + workbook), export.toString());
    CepRun imported = CepRun.of("import", workbook.toString());
    assertEquals(0, imported.exitCode(), imported.toString());
    assertEquals(builtIn(), RoadmapCodec.strict().decode(imported.out()));
  }

  @Test
  void anExportedCsvFolderImportsAsTheSameDocumentIntoAFile() throws IOException {
    Path folder = temp.resolve("roadmap-csv");
    assertEquals(0, CepRun.of("export", "--out", folder.toString()).exitCode());
    assertTrue(Files.isRegularFile(folder.resolve("project-contacts.csv")));
    Path json = temp.resolve("roadmap.json");
    CepRun imported = CepRun.of("import", folder.toString(), "--out", json.toString());
    assertEquals(0, imported.exitCode(), imported.toString());
    assertEquals(builtIn(), RoadmapCodec.strict().decode(json));
  }

  @Test
  void validateReportsFindingsOfAWorkbookAtTheirCellsInEveryFormat() {
    Path workbook = temp.resolve("roadmap.xlsx");
    CepRun.of("export", "--out", workbook.toString());
    CepRun text = CepRun.of("validate", workbook.toString());
    assertEquals(1, text.exitCode(), text.toString());
    assertTrue(text.out().contains(workbook + ": Actions!B"), text.toString());
    assertTrue(text.out().contains(": error duplicate-action-id: "), text.toString());
    CepRun json = CepRun.of("validate", "--format", "json", workbook.toString());
    assertTrue(json.out().contains("\"cell\" : \"Actions!B"), json.toString());
    CepRun sarif = CepRun.of("validate", "--format", "sarif", workbook.toString());
    assertTrue(sarif.out().contains("\"startLine\""), sarif.toString());
    assertTrue(sarif.out().contains("Actions!B"), sarif.toString());
  }

  @Test
  void validateReportsFindingsOfACsvFolderAtFileRowAndColumn() {
    Path folder = temp.resolve("csv");
    CepRun.of("export", "--out", folder.toString());
    CepRun text = CepRun.of("validate", folder.toString());
    assertEquals(1, text.exitCode(), text.toString());
    assertTrue(text.out().contains(folder + ": actions.csv: row "), text.toString());
  }

  @Test
  void aCellThatCannotBeReadIsOneLineNamingTheCellAndExit2() throws IOException {
    Path folder = temp.resolve("csv");
    CepRun.of("export", "--out", folder.toString());
    Path actions = folder.resolve("actions.csv");
    Files.writeString(actions, Files.readString(actions).replaceFirst("\r\n1,1\\.1,", "\r\n1,1.x,"),
        StandardCharsets.UTF_8);
    for (String command : new String[] {"import", "validate", "show"}) {
      CepRun run = CepRun.of(command, folder.toString());
      assertEquals(2, run.exitCode(), run.toString());
      String output = run.out() + run.err();
      assertTrue(output.contains(folder + ": actions.csv: row 2, column 2: "), run.toString());
      assertTrue(output.contains("expected an action id like \"2.5\" but found \"1.x\""),
          run.toString());
    }
  }

  @Test
  void importMatrixReadsThePublishedTableAndNotesShiftedCells() throws IOException {
    Path tsv = temp.resolve("table.tsv");
    Files.writeString(tsv, "\t1 Design for Circularity\t2 Drive demand\n"
        + "Collective actions\t1.1 Define circular products and services\t1.2 Set up\n");
    CepRun run = CepRun.of("import", "--matrix", tsv.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("cep: note: table.tsv: row 2, column 3: action 1.2 stands in the column of"
        + " pathway 2; placed in pathway 1 by its id\n", run.err());
    Roadmap roadmap = RoadmapCodec.strict().decode(run.out());
    assertEquals(2, roadmap.pathways().get(0).actions().size());
  }

  @Test
  void showRenderAndDiffAcceptAWorkbook() {
    Path workbook = temp.resolve("roadmap.xlsx");
    CepRun.of("export", "--out", workbook.toString());
    assertEquals(0, CepRun.of("show", workbook.toString()).exitCode());
    assertEquals(0, CepRun.of("render", workbook.toString(), "--out",
        temp.resolve("page.html").toString()).exitCode());
    CepRun diff = CepRun.of("diff", workbook.toString(), workbook.toString());
    assertEquals(0, diff.exitCode(), diff.toString());
  }

  @Test
  void aHostileWorkbookIsExit2WithOneLine() throws IOException {
    Path bogus = temp.resolve("bogus.xlsx");
    Files.writeString(bogus, "not a zip");
    CepRun run = CepRun.of("import", bogus.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("cep: " + bogus + ": is not a readable XLSX workbook"),
        run.toString());
    assertEquals(1, run.err().lines().count(), run.toString());
  }
}
