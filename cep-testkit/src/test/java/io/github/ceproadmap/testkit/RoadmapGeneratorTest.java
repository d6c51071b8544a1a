package io.github.ceproadmap.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RoadmapGeneratorTest {
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  @Test
  void everyGeneratedRoadmapIsConsistentAtEverySize() {
    for (Size size : List.of(Size.SMALL, Size.MEDIUM)) {
      Property.forAll(RoadmapGenerator.roadmaps(size)).tries(300).seed(11).check(roadmap ->
          assertEquals(List.of(), VALIDATOR.validate(roadmap).findings()));
    }
    Property.forAll(RoadmapGenerator.roadmaps(Size.LARGE)).tries(10).seed(12).check(roadmap ->
        assertEquals(List.of(), VALIDATOR.validate(roadmap).findings()));
  }

  @Test
  void exactShapesAreHonoured() {
    Shape shape = new Shape(3, 5, 2, 4, 6);
    Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(3), shape);
    assertEquals(3, roadmap.axes().size());
    assertEquals(3, roadmap.pathways().size());
    roadmap.pathways().forEach(pathway -> assertEquals(5, pathway.actions().size()));
    assertEquals(2, roadmap.crossCuttingActions().size());
    assertEquals(4, roadmap.organizations().size());
    assertEquals(6, roadmap.projects().size());
    assertEquals(List.of(), VALIDATOR.validate(roadmap).findings());
  }

  @Test
  void sizesThatNoConsistentRoadmapHasAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Size.exactly(new Shape(1, 2, 0, 0, 0)));
    assertThrows(IllegalArgumentException.class, () -> Size.exactly(new Shape(1, 3, 0, 0, 4)));
    assertThrows(IllegalArgumentException.class, () -> Size.exactly(new Shape(0, 0, 1, 0, 0, 0)));
  }

  @Test
  void theSameSeedGivesTheSameRoadmap() {
    Generator<Roadmap> generator = RoadmapGenerator.roadmaps(Size.MEDIUM);
    assertEquals(generator.generate(new SplittableRandom(5)),
        generator.generate(new SplittableRandom(5)));
  }

  @Test
  void generatedRoadmapsSurviveTheJsonRoundTrip() {
    RoadmapCodec codec = RoadmapCodec.strict();
    Property.forAll(RoadmapGenerator.roadmaps(Size.SMALL)).tries(300).seed(13).check(roadmap ->
        assertEquals(roadmap, codec.decode(codec.encode(roadmap))));
  }

  @Test
  void generatedRoadmapsReachTheEdgesThatBreakTools() {
    Property<Roadmap> property = Property.forAll(RoadmapGenerator.roadmaps(Size.SMALL))
        .tries(400).seed(17)
        .cover("no axes", 0.03, roadmap -> roadmap.axes().isEmpty())
        .cover("an empty pathway", 0.02,
            roadmap -> roadmap.pathways().stream().anyMatch(p -> p.actions().isEmpty()))
        .cover("no pathways", 0.03, roadmap -> roadmap.pathways().isEmpty())
        .cover("cross-cutting actions", 0.2, roadmap -> !roadmap.crossCuttingActions().isEmpty())
        .cover("an id like 1.10", 0.05,
            roadmap -> actions(roadmap).anyMatch(action -> action.id().sequence() >= 10))
        .cover("a project without dates", 0.05, roadmap -> projects(roadmap)
            .anyMatch(project -> project.start().isEmpty() && project.durationMonths().isEmpty()))
        .cover("a date in year 0000 or 9999", 0.05, roadmap -> projects(roadmap).anyMatch(
            project -> project.start().filter(s -> s.getYear() == 0 || s.getYear() == 9999)
                .isPresent()))
        .cover("a text of 1,000 characters or more", 0.02,
            roadmap -> texts(roadmap).anyMatch(text -> text.length() >= 1000))
        .cover("a surrogate pair", 0.2,
            roadmap -> texts(roadmap).anyMatch(text -> text.codePoints().anyMatch(c -> c > 0xffff)))
        .cover("a combining mark", 0.2, roadmap -> texts(roadmap).anyMatch(
            text -> text.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)))
        .cover("right-to-left text", 0.2, roadmap -> texts(roadmap).anyMatch(text -> text.codePoints()
            .anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)))
        .cover("a multi-line text", 0.1, roadmap -> texts(roadmap).anyMatch(t -> t.contains("\n")));
    for (ProjectStatus status : ProjectStatus.values()) {
      property = property.cover("a " + status.id() + " project", 0.05,
          roadmap -> projects(roadmap).anyMatch(project -> project.status() == status));
    }
    for (ProjectKind kind : ProjectKind.values()) {
      property = property.cover("a " + kind.id() + " project", 0.05,
          roadmap -> projects(roadmap).anyMatch(project -> project.kind() == kind));
    }
    Statistics statistics = property.check(roadmap -> { });
    assertEquals(400, statistics.tries());
  }

  private static Stream<Action> actions(Roadmap roadmap) {
    return roadmap.allActions().stream();
  }

  private static Stream<Project> projects(Roadmap roadmap) {
    return roadmap.projects().stream();
  }

  /** Every text of a roadmap. */
  static Stream<String> texts(Roadmap roadmap) {
    Stream.Builder<String> texts = Stream.builder();
    texts.add(roadmap.title());
    roadmap.axes().forEach(axis -> texts.add(axis.title()));
    roadmap.pathways().forEach(pathway -> texts.add(pathway.title()));
    actions(roadmap).forEach(action -> texts.add(action.title()));
    roadmap.organizations().forEach(organization -> texts.add(organization.name()));
    for (Project project : roadmap.projects()) {
      texts.add(project.title());
      project.description().ifPresent(texts::add);
      project.contacts().forEach(contact -> texts.add(contact.name()));
      Stream.of(project.activities(), project.outputs(), project.outcomes(),
          project.deliverables(), project.dissemination()).flatMap(List::stream).forEach(texts::add);
    }
    return texts.build();
  }
}
