package io.github.ceproadmap.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol is usable from outside Java: a deliberately incomplete Python implementation
 * (partial_cep.py: duplicate-action-id only, refusing only what is not JSON, hanging on one case
 * and crashing on another) run through the runner fails exactly the cases it gets wrong.
 */
class OtherImplementationTest {
  private static final Path SCRIPT =
      Path.of("src/test/resources/io/github/ceproadmap/conformance/partial_cep.py");
  private static final String HANGS = "syntax/empty";
  private static final String CRASHES = "syntax/not-an-object";
  /** The cases whose document Python's json module cannot read. */
  private static final Set<String> NOT_JSON = Set.of("syntax/malformed-json",
      "syntax/content-after-document", "syntax/not-utf8", "syntax/control-character");

  private static ConformanceResult result;

  @BeforeAll
  static void runTheSuite() {
    assumeTrue(python(), "python3 is not on the PATH");
    result = ConformanceRunner.run(ConformanceSuite.builtIn(),
        Implementation.command(List.of("python3", SCRIPT.toString()), Duration.ofSeconds(5)));
  }

  private static boolean python() {
    try {
      return new ProcessBuilder("python3", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What the script gets right, said from the cases' expectations alone. */
  private static boolean scriptPasses(ConformanceCase c) {
    if (c.id().equals(HANGS) || c.id().equals(CRASHES)) {
      return false;
    }
    Outcome expected = c.expected();
    if (expected.refused()) {
      return expected.refusedAt().isEmpty() && NOT_JSON.contains(c.id());
    }
    return expected.findings().stream()
        .allMatch(finding -> finding.rule().equals("duplicate-action-id"));
  }

  @Test
  void theRunnerFailsExactlyTheCasesTheScriptGetsWrong() {
    Set<String> expected = new TreeSet<>();
    for (ConformanceCase c : ConformanceSuite.builtIn().cases()) {
      if (!scriptPasses(c)) {
        expected.add(c.id());
      }
    }
    Set<String> failed = new TreeSet<>();
    result.failed().forEach(r -> failed.add(r.conformanceCase().id()));
    assertEquals(expected, failed, result::table);
    assertTrue(failed.size() > 20 && failed.size() < result.cases().size() - 20, result::table);
    assertTrue(!result.allPassed());
  }

  @Test
  void aHangingCaseFailsAtTheTimeLimit() {
    CaseResult hang = find(HANGS);
    assertTrue(hang.actual().isEmpty());
    assertTrue(hang.problem().orElseThrow().contains("time limit of 5000 ms"), hang::toString);
  }

  @Test
  void aCrashIsAFailureNamingTheExitCodeAndStandardError() {
    CaseResult crash = find(CRASHES);
    String problem = crash.problem().orElseThrow();
    assertTrue(problem.contains("exit code 1") && problem.contains("crashed on purpose"), problem);
  }

  @Test
  void aFailureNamesWhatWasExpectedAndWhatCameBack() {
    CaseResult gap = find("action-numbering-gap/failing");
    assertEquals(Outcome.read(List.of()), gap.actual().orElseThrow());
    assertTrue(gap.problem().orElseThrow().startsWith(
        "missing [warning action-numbering-gap at \"/pathways/0/actions/1/id\""), gap::toString);
    String table = result.table();
    assertTrue(table.contains("FAIL  action-numbering-gap/failing\n"), table);
    assertTrue(table.contains("PASS  duplicate-action-id/failing\n"), table);
    assertTrue(result.toJson().contains("\"id\" : \"action-numbering-gap/failing\""));
  }

  private static CaseResult find(String id) {
    return result.cases().stream().filter(r -> r.conformanceCase().id().equals(id)).findFirst()
        .orElseThrow();
  }
}
