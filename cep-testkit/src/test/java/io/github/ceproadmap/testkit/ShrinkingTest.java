package io.github.ceproadmap.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deliberately false properties: each is shrunk to its expected minimum, the same for the same
 * seed, and the minimum is still a consistent roadmap from which nothing more can go.
 */
class ShrinkingTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();
  private static final Pattern SEED = Pattern.compile("-Dcep\\.testkit\\.seed=(-?\\d+)");
  private static final Pattern STEPS = Pattern.compile("Shrunk in (\\d+) steps? \\((\\d+) repl");

  @Test
  void aRoadmapWithMoreThanTwoProjectsShrinksToThreeProjectsAndNothingElse() {
    Roadmap minimum = minimum(Size.SMALL, 1, roadmap -> roadmap.projects().size() <= 2);
    assertEquals(3, minimum.projects().size());
    assertEquals(3, minimum.allActions().size());
    assertEquals(List.of(), minimum.organizations());
    for (Project project : minimum.projects()) {
      assertEquals(List.of(project.mainAction().orElseThrow()), project.actions());
      assertTrue(project.contacts().isEmpty() && project.leads().isEmpty()
          && project.description().isEmpty() && project.activities().isEmpty()
          && project.start().isEmpty() && project.durationMonths().isEmpty(), project::toString);
      assertEquals(1, project.title().length(), project.title());
    }
  }

  @Test
  void aTitleWithTheLetterShrinksToThatLetterAlone() {
    Roadmap minimum = minimum(Size.SMALL, 2, roadmap ->
        RoadmapGeneratorTest.texts(roadmap).noneMatch(text -> text.contains("q")));
    List<String> withQ = RoadmapGeneratorTest.texts(minimum).filter(t -> t.contains("q")).toList();
    assertEquals(List.of("q"), withQ);
    assertEquals(List.of(), minimum.projects());
    assertEquals(List.of(), minimum.organizations());
  }

  @Test
  void anActionIdOfTwoDigitsShrinksToTheTenthAction() {
    Roadmap minimum = minimum(Size.SMALL, 3, roadmap -> roadmap.allActions().stream()
        .noneMatch(action -> action.id().toString().matches(".*\\d\\d.*")));
    assertEquals(10, minimum.allActions().size());
    assertEquals(1, minimum.pathways().size());
    assertEquals("1.10", minimum.allActions().get(9).id().toString());
    assertEquals(List.of(), minimum.projects());
    assertEquals(List.of(), minimum.organizations());
  }

  @Test
  void aProjectWithoutAContactShrinksToOneBareProject() {
    Roadmap minimum = minimum(Size.SMALL, 4,
        roadmap -> roadmap.projects().stream().allMatch(project -> !project.contacts().isEmpty()));
    assertEquals(1, minimum.projects().size());
    assertEquals(List.of(), minimum.projects().get(0).contacts());
    assertEquals(1, minimum.allActions().size());
    assertEquals(List.of(), minimum.organizations());
  }

  @Test
  void theSameSeedShrinksToTheSameReport() {
    Predicate<Roadmap> fewProjects = roadmap -> roadmap.projects().size() <= 2;
    assertEquals(failure(Size.MEDIUM, 5, fewProjects).getMessage(),
        failure(Size.MEDIUM, 5, fewProjects).getMessage());
  }

  @Test
  void theSeedInTheReportRerunsExactlyTheFailingCase() {
    Predicate<Roadmap> fewProjects = roadmap -> roadmap.projects().size() <= 2;
    AssertionError failure = failure(Size.MEDIUM, 6, fewProjects);
    Matcher seed = SEED.matcher(failure.getMessage());
    assertTrue(seed.find(), failure.getMessage());
    AssertionError rerun = failure(Size.MEDIUM, Long.parseLong(seed.group(1)), fewProjects);
    assertTrue(rerun.getMessage().startsWith("Property failed on try 1 of 100"),
        rerun.getMessage());
    assertEquals(document(failure), document(rerun));
  }

  @Test
  void theReportGivesTheStepsAndKeepsTheFailureAsItsCause() {
    AssertionError failure = failure(Size.SMALL, 7, roadmap -> roadmap.projects().size() <= 2);
    Matcher steps = STEPS.matcher(failure.getMessage());
    assertTrue(steps.find(), failure.getMessage());
    assertTrue(Integer.parseInt(steps.group(1)) > 0, failure.getMessage());
    assertTrue(Integer.parseInt(steps.group(2)) >= Integer.parseInt(steps.group(1)));
    assertEquals("the property is false", failure.getCause().getMessage());
  }

  @Test
  void shrinkingStopsAtTheLimitOfReplays() {
    AssertionError failure = assertThrows(AssertionError.class, () ->
        Property.forAll(RoadmapGenerator.roadmaps(Size.MEDIUM)).seed(8).maxShrinkAttempts(5)
            .checkThat(roadmap -> roadmap.projects().size() <= 2));
    assertTrue(failure.getMessage().contains(
        "(5 replays; stopped at the limit, so a smaller case may exist)"), failure.getMessage());
  }

  /** Returns the minimal counterexample reported, checking that it is consistent and minimal. */
  private static Roadmap minimum(Size size, long seed, Predicate<Roadmap> property) {
    AssertionError failure = failure(size, seed, property);
    Roadmap minimum = RoadmapCodec.strict().decode(document(failure));
    assertEquals(List.of(), VALIDATOR.validate(minimum).findings(), failure.getMessage());
    assertTrue(!property.test(minimum), failure.getMessage());
    for (Roadmap smaller : OneSmaller.of(minimum)) {
      assertTrue(property.test(smaller) || !VALIDATOR.validate(smaller).findings().isEmpty(),
          () -> "not minimal: this smaller roadmap still fails\n"
              + RoadmapCodec.builder().pretty(true).build().encode(smaller)
              + "\nreport:\n" + failure.getMessage());
    }
    return minimum;
  }

  private static AssertionError failure(Size size, long seed, Predicate<Roadmap> property) {
    return assertThrows(AssertionError.class, () ->
        Property.forAll(RoadmapGenerator.roadmaps(size)).seed(seed).checkThat(property));
  }

  /** The JSON document in a report. */
  private static String document(AssertionError failure) {
    String message = failure.getMessage();
    int start = message.indexOf(" to:\n") + 5;
    return message.substring(start, message.indexOf("\nIt fails with: "));
  }
}
