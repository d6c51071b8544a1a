package io.github.ceproadmap.sheets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

class SheetsRoundTripTest {
  private static final RoadmapSheets SHEETS = RoadmapSheets.defaults();

  @TempDir Path temp;

  /** Consistent roadmaps, the same with one defect injected, and with odd text and extensions. */
  static Gen<Roadmap> roadmaps() {
    return longs().all().zip(integers().between(-1, Defect.values().length - 1), (seed, defect) -> {
      SplittableRandom random = new SplittableRandom(seed);
      Roadmap roadmap = RoadmapGenerator.roadmap(random);
      if (defect >= 0) {
        roadmap = Defect.values()[defect].inject(roadmap, random);
      }
      return OddRoadmaps.dress(roadmap, random);
    });
  }

  @Test
  void aWorkbookReadsBackAsTheRoadmapItWasWrittenFrom() {
    qt().withExamples(60).forAll(roadmaps()).checkAssert(roadmap -> {
      byte[] workbook = workbook(roadmap);
      Roadmap read = SHEETS.readWorkbook(new ByteArrayInputStream(workbook), "r.xlsx").roadmap();
      assertEquals(roadmap, read);
      assertArrayEquals(workbook, workbook(read));
    });
  }

  @Test
  void aCsvFolderReadsBackAsTheRoadmapItWasWrittenFrom() {
    qt().withExamples(40).forAll(roadmaps()).checkAssert(roadmap -> {
      try {
        Path folder = Files.createTempDirectory(temp, "csv");
        SHEETS.writeCsvFolder(roadmap, folder);
        Roadmap read = SHEETS.read(folder).roadmap();
        assertEquals(roadmap, read);
        Path again = Files.createTempDirectory(temp, "again");
        SHEETS.writeCsvFolder(read, again);
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : (Iterable<Path>) files::iterator) {
            assertArrayEquals(Files.readAllBytes(file),
                Files.readAllBytes(again.resolve(file.getFileName())), file.toString());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theSameRoadmapGivesTheSameWorkbookBytes() {
    Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(7));
    assertArrayEquals(workbook(roadmap), workbook(roadmap));
  }

  static byte[] workbook(Roadmap roadmap) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      SHEETS.writeWorkbook(roadmap, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
