package io.github.ceproadmap.sheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.testing.Editions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken CSV folders and matrices fail at their row, naming their file once. */
class BrokenCsvTest {
  @TempDir Path temp;

  private Path folder(String file, String content) throws Exception {
    Path folder = Files.createDirectory(temp.resolve("csv"));
    for (Map.Entry<String, byte[]> entry
        : RoadmapSheets.defaults().toCsvFiles(Editions.tableA()).entrySet()) {
      Files.write(folder.resolve(entry.getKey()), entry.getValue());
    }
    Files.writeString(folder.resolve(file), content, UTF_8);
    return folder;
  }

  @Test
  void anUnbalancedQuoteIsRefusedAtItsRowInsteadOfSwallowingTheFile() throws Exception {
    Path folder = folder("axes.csv", "Id,Title\r\ncollective,\"Collective actions\r\n"
        + "company,Company actions\r\nwider-stakeholder,Wider stakeholder asks\r\n");
    SheetReadException e = assertThrows(SheetReadException.class,
        () -> RoadmapSheets.defaults().read(folder));
    assertEquals("axes.csv: row 2: a quoted field has no closing quote, so the rest of the file"
        + " would be one cell; close the quote (a quote inside a quoted field is written twice:"
        + " \"\")", e.getMessage());
  }

  @Test
  void aRoadmapFileWithHeadingsOnlyNamesItself() throws Exception {
    Path folder = folder("roadmap.csv", "Id,Title,Edition,Launched,Status quarter\r\n");
    SheetReadException e = assertThrows(SheetReadException.class,
        () -> RoadmapSheets.defaults().read(folder));
    assertEquals("roadmap.csv: row 2, column 1: expected one roadmap row under the headings but"
        + " found 0", e.getMessage());
  }

  @Test
  void matrixLabelsThatDifferInPunctuationStayTwoAxes() throws Exception {
    Path matrix = temp.resolve("m.tsv");
    Files.writeString(matrix, "\t1 Design\r\nPolicy & finance\t1.1 One\r\n"
        + "Policy finance\t1.2 Two\r\nCompany!\t1.3 Three\r\nCompany actions\t1.4 Four\r\n", UTF_8);
    List<ActionAxis> axes = RoadmapSheets.defaults().readMatrix(matrix).roadmap().axes();
    assertEquals(List.of("policy-finance:Policy & finance", "policy-finance-2:Policy finance",
        "company-2:Company!", "company:Company actions"),
        axes.stream().map(a -> a.id() + ":" + a.title()).collect(Collectors.toList()));
  }
}
