package io.github.ceproadmap.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimizerTest {
  @Test
  void aPublishedEditionShrinksToTheOneActionTitleThatBreaksTheProperty() {
    Roadmap edition = RoadmapEditions.edition2_0();
    Roadmap minimal = Minimizer.minimize(edition, roadmap -> assertTrue(roadmap.allActions()
        .stream().noneMatch(action -> action.title().contains("collection"))));
    assertEquals(List.of("collection"),
        minimal.allActions().stream().map(Action::title).toList());
    assertEquals("", minimal.title());
    assertEquals(List.of(), minimal.axes());
    assertEquals(List.of(), minimal.projects());
    assertEquals(List.of(), minimal.organizations());
  }

  @Test
  void aRoadmapForWhichThePropertyHoldsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Minimizer.minimize(RoadmapEditions.edition2_0(), roadmap -> { }));
  }

  @Test
  void aFailureOfAnotherKindIsNotKept() {
    Roadmap minimal = Minimizer.minimize(RoadmapEditions.edition2_0(), roadmap -> {
      if (roadmap.projects().isEmpty()) {
        throw new IllegalStateException("another failure");
      }
      throw new AssertionError("fails while there is a project");
    });
    assertEquals(1, minimal.projects().size());
  }
}
