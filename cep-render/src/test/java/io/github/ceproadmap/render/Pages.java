package io.github.ceproadmap.render;

import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Validator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Roadmaps to render in tests, and their pages as the {@code cep render} command writes them. */
final class Pages {
  static final YearMonth MARCH_2024 = YearMonth.of(2024, 3);

  private Pages() {}

  /** The published edition 2.0, as the command draws it by default. */
  static Roadmap published() {
    return RoadmapEditions.edition2_0();
  }

  /** Validates {@code roadmap} at March 2024 and renders the page with its findings. */
  static String render(Roadmap roadmap) {
    return HtmlPage.render(roadmap,
        Validator.builder().asOf(MARCH_2024).build().validate(roadmap).findings(),
        Optional.of(MARCH_2024));
  }

  /**
   * Generated roadmaps of several shapes, each with one kind of defect injected, so that every
   * rule's finding is marked somewhere; the same seed gives the same roadmaps.
   */
  static List<Roadmap> generated() {
    SplittableRandom random = new SplittableRandom(20240301);
    List<Roadmap> roadmaps = new ArrayList<>();
    for (Defect defect : Defect.values()) {
      Roadmap roadmap = RoadmapGenerator.roadmap(random, RoadmapGenerator.Shape.random(random, 6));
      roadmaps.add(defect.inject(roadmap, random));
    }
    return roadmaps;
  }
}
