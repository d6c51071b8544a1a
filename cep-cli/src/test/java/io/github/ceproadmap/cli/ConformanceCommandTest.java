package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.conformance.ConformanceSuite;
import io.github.ceproadmap.model.validation.RuleCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cep conformance} runs the suite; {@code cep rules --format json} is the catalogue. */
class ConformanceCommandTest {
  private static final String PARTIAL =
      "../cep-conformance/src/test/resources/io/github/ceproadmap/conformance/partial_cep.py";

  @Test
  void theJavaImplementationPassesAndTheCommandExitsZero() {
    CepRun run = CepRun.of("conformance");
    int cases = ConformanceSuite.builtIn().cases().size();
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertTrue(run.out().endsWith(cases + " cases of suite 1.0: " + cases + " passed, 0 failed"
        + " (java)\n"), run::toString);
  }

  @Test
  void anotherImplementationsFailuresAreNamedAndTheCommandExitsOne() {
    CepRun run = CepRun.of("conformance", "--format", "json", "--time-limit", "3",
        "--implementation", "python3 " + PARTIAL);
    assertEquals(Cep.FINDINGS, run.exitCode(), run::toString);
    JsonNode result = JsonMapper.builder().build().readTree(run.out());
    assertEquals("python3 " + PARTIAL, result.get("implementation").asString());
    assertTrue(result.get("failed").asInt() > 0, run::toString);
    for (JsonNode c : result.get("cases")) {
      if (c.get("id").asString().equals("action-numbering-gap/failing")) {
        assertEquals(false, c.get("passed").asBoolean());
        assertEquals(List.of(), c.at("/actual/findings").valueStream().toList());
      }
    }
  }

  @Test
  void anUnreadableSuiteFolderExitsTwo() {
    CepRun run = CepRun.of("conformance", "--suite", "no-such-folder");
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("cep: cannot read the suite: "), run::toString);
  }

  @Test
  void wordsSplitAtSpacesAndQuotesGroupThem() {
    assertEquals(List.of("python3", "my tool.py", "--x"),
        ConformanceCommand.words(" python3 'my tool.py'  \"--x\" "));
  }

  @Test
  void rulesAsJsonPrintsTheCatalogueExactly() {
    assertEquals(RuleCatalog.json(), CepRun.of("rules", "--format", "json").out());
  }
}
