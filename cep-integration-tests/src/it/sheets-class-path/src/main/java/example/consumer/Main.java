package example.consumer;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import io.github.ceproadmap.sheets.ImportedRoadmap;
import io.github.ceproadmap.sheets.RoadmapSheets;
import io.github.ceproadmap.sheets.SheetReadException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a roadmap as a workbook and as a CSV folder with cep-sheets, reads both back, places a
 * finding on its cell, and reads a published matrix: FastExcel and FastCSV resolved from
 * cep-sheets' published POM alone.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Roadmap roadmap = Roadmap.builder()
        .id("consumer-roadmap").title("Circular Electronics Roadmap").edition("2.0")
        .addAllAxes(ActionAxis.EDITION_2_0)
        .addPathways(Pathway.builder().number(1).title("Design for Circularity")
            .addActions(action("1.1", "Define circular products and services"))
            .addActions(action("1.1", "Set up an industry repository"))
            .build())
        .build();
    Path temp = Files.createTempDirectory("consumer");
    RoadmapSheets sheets = RoadmapSheets.defaults();
    Path workbook = temp.resolve("roadmap.xlsx");
    sheets.writeWorkbook(roadmap, workbook);
    ImportedRoadmap imported = sheets.read(workbook);
    require(imported.roadmap().equals(roadmap), "the workbook did not read back as the roadmap");
    Finding duplicate = Validator.standard().validate(imported.roadmap())
        .findings("duplicate-action-id").get(0);
    String cell = imported.cells().find(duplicate.pointer()).orElseThrow().toString();
    require(cell.equals("roadmap.xlsx: Actions!B3"), "the duplicate should be at Actions!B3: " + cell);

    Path folder = temp.resolve("csv");
    sheets.writeCsvFolder(roadmap, folder);
    require(sheets.read(folder).roadmap().equals(roadmap), "the CSV folder did not read back");

    Path matrix = temp.resolve("matrix.tsv");
    Files.writeString(matrix, "\t1 Design for Circularity\n"
        + "Collective actions\t1.1 Define circular products and services\n");
    require(sheets.readMatrix(matrix).roadmap().action(ActionId.parse("1.1")).isPresent(),
        "the matrix lost action 1.1");

    Files.writeString(matrix, "\t1 Design\nCollective actions\t1.x Define\n");
    try {
      sheets.readMatrix(matrix);
      throw new AssertionError("a malformed id was accepted");
    } catch (SheetReadException expected) {
      require(expected.getMessage().startsWith("matrix.tsv: row 2, column 2: "),
          "the error should name the cell: " + expected.getMessage());
    }
    System.out.println("cep-sheets as " + RoadmapSheets.class.getModule()
        + ": workbook, CSV folder and matrix read; the finding at " + cell);
  }

  private static Action action(String id, String title) {
    return Action.builder().id(ActionId.parse(id)).axis("collective").title(title).build();
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new AssertionError(problem);
    }
  }
}
