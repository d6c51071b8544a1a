package io.github.ceproadmap.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapEditions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java implementation passes every case of its own suite, as the jar carries it. */
class JavaConformanceTest {
  static final Path FOLDER = Path.of("../conformance/1.0");

  @Test
  void theJavaImplementationPassesEveryCase() {
    ConformanceResult result =
        ConformanceRunner.run(ConformanceSuite.builtIn(), Implementation.java());
    assertTrue(result.allPassed(), result::table);
    assertEquals(ConformanceSuite.builtIn().cases().size(), result.cases().size());
  }

  @Test
  void theJarCarriesTheRepositorysFolderUnchanged() throws IOException {
    List<ConformanceCase> inJar = ConformanceSuite.builtIn().cases();
    List<ConformanceCase> inFolder = ConformanceSuite.load(FOLDER).cases();
    assertEquals(inFolder.size(), inJar.size());
    for (int i = 0; i < inJar.size(); i++) {
      assertEquals(inFolder.get(i).id(), inJar.get(i).id());
      assertEquals(inFolder.get(i).expected(), inJar.get(i).expected());
      assertArrayEquals(inFolder.get(i).document(), inJar.get(i).document());
    }
  }

  @Test
  void theEditionCasesAreThePublishedEditionsByteForByte() {
    ConformanceSuite suite = ConformanceSuite.builtIn();
    assertArrayEquals(RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0),
        document(suite, "editions/table-a"));
    assertArrayEquals(RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE),
        document(suite, "editions/table-b"));
  }

  private static byte[] document(ConformanceSuite suite, String id) {
    return suite.cases().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow()
        .document();
  }

  @Test
  void aChangedExpectationFailsAndNamesWhatDiffers() {
    ConformanceCase original = ConformanceSuite.builtIn().cases().stream()
        .filter(c -> c.id().equals("duplicate-action-id/failing")).findFirst().orElseThrow();
    ConformanceCase altered = new ConformanceCase(original.id(), original.kind(),
        original.description(), original.documentPath(), original.document(), original.asOf(),
        original.lenient(), Outcome.read(List.of(new Outcome.Finding("duplicate-action-id",
            "error", "/pathways/0/actions/1/id", "{\"id\":\"1.2\",\"times\":2}"))));
    CaseResult result = ConformanceRunner.run(altered, Implementation.java());
    assertEquals(false, result.passed());
    String problem = result.problem().orElseThrow();
    assertTrue(problem.contains("missing [error duplicate-action-id at \"/pathways/0/actions/1/id\"")
        && problem.contains("unexpected [error duplicate-action-id at \"/pathways/0/actions/2/id\""),
        problem);
  }
}
