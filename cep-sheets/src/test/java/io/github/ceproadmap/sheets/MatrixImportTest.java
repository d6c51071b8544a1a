package io.github.ceproadmap.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix read as it is published: the two tables of the seed text, copied verbatim into
 * table-a.tsv and table-b.tsv, give the actions, axes and pathways of the published tables.
 */
class MatrixImportTest {
  @TempDir Path temp;

  private Path resource(String name) throws IOException {
    Path file = temp.resolve(name);
    try (InputStream in = MatrixImportTest.class.getResourceAsStream(name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private ImportedRoadmap matrix(String name) throws IOException {
    return RoadmapSheets.defaults().readMatrix(resource(name));
  }

  @Test
  void tableAGivesTheAxesPathwaysAndActionsOfTheReferenceEdition() throws IOException {
    ImportedRoadmap imported = matrix("table-a.tsv");
    Roadmap expected = Editions.tableA();
    assertEquals(ActionAxis.EDITION_2_0, imported.roadmap().axes());
    assertEquals(expected.pathways(), imported.roadmap().pathways());
    assertEquals(expected.crossCuttingActions(), imported.roadmap().crossCuttingActions());
    assertEquals(List.of(), imported.notes());
  }

  @Test
  void tableBIsPlacedByIdAndItsShiftedCellsAreReportedWithRowAndColumn() throws IOException {
    ImportedRoadmap imported = matrix("table-b.tsv");
    Roadmap expected = Editions.tableB();
    assertEquals(ActionAxis.EDITION_2_0, imported.roadmap().axes());
    assertEquals(expected.pathways(), imported.roadmap().pathways());
    assertEquals(expected.crossCuttingActions(), imported.roadmap().crossCuttingActions());
    assertEquals(List.of(
        "table-b.tsv: row 4, column 5: action 3.4 stands in the column of pathway 4; placed in"
            + " pathway 3 by its id",
        "table-b.tsv: row 10, column 5: action 5.7 stands in the column of pathway 4; placed in"
            + " pathway 5 by its id"),
        imported.notes().stream().map(SheetNote::toString).collect(Collectors.toList()));
  }

  @Test
  void findingsOfAnImportedMatrixPointAtItsCells() throws IOException {
    ImportedRoadmap imported = matrix("table-a.tsv");
    Finding duplicate = Validator.standard().validate(imported.roadmap())
        .findings("duplicate-action-id").get(0);
    // The company 4.3, row 7 of the table (the collective 4.3 stands in row 4).
    assertEquals(DocumentPointer.parse("/pathways/3/actions/3/id"), duplicate.pointer());
    assertEquals("table-a.tsv: row 7, column 5",
        imported.cells().find(duplicate.pointer()).orElseThrow().toString());
  }

  @Test
  void theMatrixSheetOfAnExportedWorkbookReadsBackAsTheMatrix() throws IOException {
    Path workbook = temp.resolve("roadmap.xlsx");
    RoadmapSheets.defaults().writeWorkbook(Editions.tableA(), workbook);
    ImportedRoadmap imported = RoadmapSheets.defaults().readMatrix(workbook);
    assertEquals(Editions.tableA().pathways(), imported.roadmap().pathways());
    assertEquals(Editions.tableA().crossCuttingActions(), imported.roadmap().crossCuttingActions());
    assertEquals(List.of(), imported.notes());
  }

  @Test
  void aCsvMatrixWithSeveralEntriesInACellAndAnotherWordingOfAnAxisIsRead() throws IOException {
    Path csv = temp.resolve("matrix.csv");
    Files.writeString(csv, ",1 Design,2 Demand\r\n"
        + "Collective actions,\"1.1 Define\n1.2 Set up\",2.1 Guide\r\n"
        + "Wider stakeholder axis,1.3 Enable,\r\n");
    Roadmap roadmap = RoadmapSheets.defaults().readMatrix(csv).roadmap();
    assertEquals(List.of(ActionAxis.COLLECTIVE, ActionAxis.WIDER_STAKEHOLDER), roadmap.axes());
    assertEquals(List.of("1.1", "1.2", "1.3"), roadmap.pathways().get(0).actions().stream()
        .map(a -> a.id().toString()).collect(Collectors.toList()));
    assertEquals("wider-stakeholder", roadmap.pathways().get(0).actions().get(2).axis());
  }

  @Test
  void aMalformedEntryIsAnErrorAtItsCell() throws IOException {
    Path tsv = temp.resolve("bad.tsv");
    Files.writeString(tsv, "\t1 Design\nCollective actions\t1.x Define\n");
    SheetReadException e = assertThrows(SheetReadException.class,
        () -> RoadmapSheets.defaults().readMatrix(tsv));
    assertEquals("bad.tsv: row 2, column 2: expected an action id like \"2.5\" but found \"1.x\"",
        e.getMessage());
  }
}
