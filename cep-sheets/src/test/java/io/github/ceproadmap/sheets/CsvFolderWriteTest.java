package io.github.ceproadmap.sheets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CSV folder is written as a whole: a write that fails half-way leaves the old one as it was. */
class CsvFolderWriteTest {
  @TempDir Path temp;

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> String.valueOf(f.getFileName())).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFolderUntouched() throws IOException {
    Path folder = temp.resolve("roadmap-csv");
    RoadmapSheets.defaults().writeCsvFolder(Editions.tableA(), folder);
    Map<String, byte[]> before = RoadmapSheets.defaults().toCsvFiles(Editions.tableA());
    Map<String, byte[]> failing = new LinkedHashMap<>(
        RoadmapSheets.defaults().toCsvFiles(Editions.tableB()));
    failing.put("no-such-folder/last.csv", new byte[1]);
    assertThrows(IOException.class, () -> RoadmapSheets.writeCsvFiles(failing, folder));
    assertEquals(List.of("roadmap-csv"), listing(temp));
    assertEquals(before.keySet().stream().sorted().collect(Collectors.toList()), listing(folder));
    for (Map.Entry<String, byte[]> file : before.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(folder.resolve(file.getKey())));
    }
  }

  @Test
  void aNewRoadmapReplacesTheOldOneWholeAndKeepsOtherFiles() throws IOException {
    Path folder = temp.resolve("roadmap-csv");
    RoadmapSheets.defaults().writeCsvFolder(Editions.tableA(), folder);
    Files.writeString(folder.resolve("notes.txt"), "mine");
    Roadmap b = Editions.tableB();
    RoadmapSheets.defaults().writeCsvFolder(b, folder);
    assertEquals(b, RoadmapSheets.defaults().read(folder).roadmap());
    assertEquals("mine", Files.readString(folder.resolve("notes.txt")));
    assertEquals(List.of("roadmap-csv"), listing(temp));
  }
}
