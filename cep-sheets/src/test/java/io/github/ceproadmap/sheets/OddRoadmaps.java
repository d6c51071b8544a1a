package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

/**
 * Dresses generated roadmaps with what cells find hard: text a workbook's XML cannot hold (control
 * characters, lone surrogates, U+FFFF), text that looks like the escape for it ({@code _x0041_}),
 * line breaks, and extension members with awkward names (empty, a declared heading, the escape
 * prefix) and JSON values of every type.
 */
final class OddRoadmaps {
  private static final String[] TEXTS = {
    "ctl\u0001\u001f", "lone \uD800 high", "lone \uDC00 low", "\uFFFF\uFFFE", "_x0041_ literal",
    "_x_ _X0041_ _x004", "line\nbreak\r\nand\rcr", "é 回收 🌍", "  padded  ", "=1+1", "'quoted"
  };
  private static final String[] KEYS = {"x-note", "", "Title", "extension:odd", " padded", "a/b~c"};
  private static final String[] VALUES = {"\"text\"", "12", "-1.5e3", "true", "null",
    "{\"a\":[1,{\"b\":\"\\u0001\"}]}", "[]", "\"é 🌍 \\\"q\\\"\""};

  private OddRoadmaps() {}

  static Roadmap dress(Roadmap roadmap, RandomGenerator random) {
    return roadmap.toBuilder()
        .title(roadmap.title() + odd(random))
        .extensions(extensions(random))
        .pathways(roadmap.pathways().stream().map(p -> p.toBuilder()
            .actions(actions(p.actions(), random))
            .extensions(extensions(random)).build()).collect(Collectors.toList()))
        .crossCuttingActions(actions(roadmap.crossCuttingActions(), random))
        .projects(roadmap.projects().stream().map(p -> project(p, random))
            .collect(Collectors.toList()))
        .build();
  }

  private static List<Action> actions(List<Action> actions, RandomGenerator random) {
    return actions.stream().map(a -> a.toBuilder().title(a.title() + odd(random))
        .extensions(extensions(random)).build()).collect(Collectors.toList());
  }

  private static Project project(Project project, RandomGenerator random) {
    return project.toBuilder()
        .title(project.title() + odd(random))
        .addActivities(odd(random))
        .extensions(extensions(random))
        .build();
  }

  private static String odd(RandomGenerator random) {
    return random.nextInt(3) == 0 ? "" : " " + TEXTS[random.nextInt(TEXTS.length)];
  }

  private static Map<String, String> extensions(RandomGenerator random) {
    Map<String, String> members = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      members.put(KEYS[random.nextInt(KEYS.length)], VALUES[random.nextInt(VALUES.length)]);
    }
    return members;
  }
}
