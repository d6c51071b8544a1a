package io.github.ceproadmap.json;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/**
 * Roadmaps for property tests: the consistent ones of cep-model's {@link RoadmapGenerator}, and
 * the same roadmaps dressed with what a lenient read keeps and the shared generator never makes:
 * extension members at every level (keys that need escaping in a JSON Pointer, values of every
 * JSON type in the compact form a lenient decode stores) and projects with no contacts.
 */
final class GeneratedRoadmaps {
  private static final String[] EXTENSION_KEYS = {
    "x-note", "colour", "x_1", "ünïcödé", "a/b~c", "", "notes", "$comment"
  };
  private static final String[] STRINGS = {"", "plain", "é 回收 🌍", "say \\\"hi\\\"", "back\\\\slash"};
  private static final String[] NUMBERS = {"0", "-12", "1.50", "1e5", "2.5E-3", "12345678901234567890"};

  private GeneratedRoadmaps() {}

  /** Consistent roadmaps with no extensions, one per seed. */
  static Gen<Roadmap> consistent() {
    return longs().all().map(seed -> RoadmapGenerator.roadmap(new SplittableRandom(seed)));
  }

  /** Roadmaps with extension members at every level, one per seed. */
  static Gen<Roadmap> withExtensions() {
    return longs().all().map(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      return dress(RoadmapGenerator.roadmap(random), random);
    });
  }

  /** Adds random extensions to {@code roadmap} and every value in it. */
  static Roadmap dress(Roadmap roadmap, RandomGenerator random) {
    return roadmap.toBuilder()
        .axes(each(roadmap.axes(), axis -> axis.toBuilder()
            .extensions(extensions(random, ObjectShape.AXIS)).build()))
        .pathways(each(roadmap.pathways(), pathway -> pathway.toBuilder()
            .actions(each(pathway.actions(), action -> dress(action, random)))
            .extensions(extensions(random, ObjectShape.PATHWAY)).build()))
        .crossCuttingActions(each(roadmap.crossCuttingActions(), action -> dress(action, random)))
        .organizations(each(roadmap.organizations(), organization -> organization.toBuilder()
            .extensions(extensions(random, ObjectShape.ORGANIZATION)).build()))
        .projects(each(roadmap.projects(), project -> dress(project, random)))
        .extensions(extensions(random, ObjectShape.ROADMAP))
        .build();
  }

  private static Action dress(Action action, RandomGenerator random) {
    return action.toBuilder().extensions(extensions(random, ObjectShape.ACTION)).build();
  }

  private static Project dress(Project project, RandomGenerator random) {
    List<Contact> contacts = random.nextInt(4) == 0 ? List.of() : each(project.contacts(),
        contact -> contact.toBuilder().extensions(extensions(random, ObjectShape.CONTACT)).build());
    return project.toBuilder()
        .contacts(contacts)
        .extensions(extensions(random, ObjectShape.PROJECT))
        .build();
  }

  private static <T> List<T> each(List<T> items, Function<T, T> change) {
    return items.stream().map(change).collect(Collectors.toList());
  }

  /** Zero to three extension members with keys the shape does not know. */
  static Map<String, String> extensions(RandomGenerator random, ObjectShape shape) {
    Map<String, String> extensions = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String key = EXTENSION_KEYS[random.nextInt(EXTENSION_KEYS.length)];
      if (shape.indexOf(key) < 0) {
        extensions.put(key, jsonText(random, 2));
      }
    }
    return extensions;
  }

  /** A JSON value in the compact text a lenient decode stores for it. */
  static String jsonText(RandomGenerator random, int depth) {
    switch (random.nextInt(depth > 0 ? 7 : 5)) {
      case 0:
        return "\"" + STRINGS[random.nextInt(STRINGS.length)] + "\"";
      case 1:
        return NUMBERS[random.nextInt(NUMBERS.length)];
      case 2:
        return random.nextBoolean() ? "true" : "false";
      case 3:
        return "null";
      case 4:
        return "\"" + random.nextInt(100) + "\"";
      case 5:
        StringBuilder array = new StringBuilder("[");
        for (int i = random.nextInt(3); i > 0; i--) {
          array.append(array.length() > 1 ? "," : "").append(jsonText(random, depth - 1));
        }
        return array.append(']').toString();
      default:
        StringBuilder object = new StringBuilder("{");
        for (int i = random.nextInt(3); i > 0; i--) {
          object.append(object.length() > 1 ? "," : "")
              .append("\"k").append(i).append("\":").append(jsonText(random, depth - 1));
        }
        return object.append('}').toString();
    }
  }
}
