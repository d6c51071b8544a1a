package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.change;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientDecodeTest {
  private static final RoadmapCodec LENIENT = RoadmapCodec.lenient();
  private static final RoadmapCodec LENIENT_PRETTY = LENIENT.toBuilder().pretty(true).build();

  @Test
  void unknownKeysAtEveryLevelAreWrittenBackUnchangedCompactAndPretty() {
    for (String name : List.of("lenient-compact.json", "lenient-pretty.json")) {
      String fixture = new String(Fixtures.bytes(name), UTF_8);
      RoadmapCodec codec = name.contains("pretty") ? LENIENT_PRETTY : LENIENT;
      assertEquals(fixture, codec.encode(codec.decode(fixture)), name);
    }
  }

  @Test
  void aCompactDocumentIsWrittenPrettyWithItsExtensionsIndented() {
    Roadmap roadmap = LENIENT.decode(Fixtures.bytes("lenient-compact.json"));
    assertEquals(new String(Fixtures.bytes("lenient-pretty.json"), UTF_8),
        LENIENT_PRETTY.encode(roadmap));
  }

  @Test
  void extensionsAreKeptAsCompactJsonTextInDocumentOrder() {
    Roadmap roadmap = LENIENT.decode(Fixtures.bytes("lenient-pretty.json"));
    assertEquals(List.of("x-generator", "x-flag"), List.copyOf(roadmap.extensions().keySet()));
    assertEquals("{\"name\":\"hand\",\"empty\":{}}", roadmap.extensions().get("x-generator"));
    Action action = roadmap.pathways().get(0).actions().get(0);
    assertEquals(Map.of("x-weight", "1.50", "x-tags", "[\"design\",{\"since\":2022}]"),
        action.extensions());
    assertEquals(Map.of("x-owner", "null"), roadmap.pathways().get(0).extensions());
    assertEquals("\"#2a7\"", roadmap.axes().get(0).extensions().get("x-colour"));
    assertEquals("\"https://www.itu.int/\"",
        roadmap.organizations().get(0).extensions().get("x-url"));
    assertEquals("{\"amount\":1e5,\"currency\":\"CHF\",\"lines\":[]}",
        roadmap.projects().get(0).extensions().get("x-budget"));
    assertEquals("\"+41 22 000 00 00\"",
        roadmap.projects().get(0).contacts().get(0).extensions().get("x-phone"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "root         | \"id\": \"r\",                  | 3  | /x-new",
      "axis         | \"title\": \"Collective actions\" | 6  | /axes/0/x-new",
      "pathway      | \"title\": \"P1\",               | 8  | /pathways/0/x-new",
      "action       | \"title\": \"A\"                 | 9  | /pathways/0/actions/0/x-new",
      "organization | \"name\": \"I\",                 | 12 | /organizations/0/x-new",
      "project      | \"title\": \"Pr\",               | 14 | /projects/0/x-new",
      "contact      | \"email\": \"e@x.org\"           | 16 | /projects/0/contacts/0/x-new",
  })
  void anUnknownKeyIsKeptWhenLenientAndNamedWhenStrict(
      String level, String member, int line, String pointer) {
    String json = change(member.strip(), member.strip().endsWith(",")
        ? member.strip() + " \"x-new\": [1, {\"a\": null}],"
        : member.strip() + ", \"x-new\": [1, {\"a\": null}]");

    Roadmap roadmap = LENIENT.decode(json);
    assertEquals(roadmap, LENIENT.decode(LENIENT.encode(roadmap)));
    assertEquals(roadmap, LENIENT.decode(LENIENT_PRETTY.encode(roadmap)));
    assertTrue(LENIENT.encode(roadmap).contains("\"x-new\":[1,{\"a\":null}]"), level);

    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(json));
    assertTrue(e.problem().startsWith("unknown key \"x-new\" in "), e.getMessage());
    assertEquals(line, e.line());
    assertEquals(pointer, e.pointer().toString());
  }

  /**
   * An escaped lone surrogate is valid JSON in a key as in a value (README, "What the codec
   * accepts"): Jackson 3 refuses it in a key, so the codec reads it as its character.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "high surrogate | x-\\ud800      | x-\ud800      | x-\\uD800",
      "low surrogate  | \\uDC00y       | \udc00y       | \\uDC00y",
      "inverted pair  | \\udfff\\ud800 | \udfff\ud800 | \\uDFFF\\uD800",
      "pair           | \\ud83d\\ude00 | \ud83d\ude00 | \ud83d\ude00",
  })
  void anEscapedSurrogateInAnUnknownKeyIsKeptAndWrittenBackAsItsEscape(
      String kind, String escaped, String key, String asEscape) {
    String json = change("\"name\": \"I\",",
        "\"name\": \"I\", \"" + escaped + "\": {\"" + escaped + "\": \"\\ud800\"},");
    byte[] bytes = json.getBytes(UTF_8);
    Roadmap roadmap = DecodeOutcomes.decode(LENIENT, bytes, () -> kind).orElseThrow();

    // A reader that hands out one character at a time splits every escape between two reads.
    java.io.Reader trickle = new java.io.FilterReader(new java.io.StringReader(json)) {
      @Override
      public int read(char[] into, int offset, int count) throws java.io.IOException {
        return super.read(into, offset, Math.min(1, count));
      }
    };
    assertEquals(roadmap, assertDoesNotThrow(() -> LENIENT.decode(trickle)), kind);
    Map<String, String> extensions = roadmap.organizations().get(0).extensions();
    assertEquals(List.of(key), List.copyOf(extensions.keySet()), kind);
    String written = LENIENT.encode(roadmap);
    assertTrue(written.contains("\"" + asEscape + "\":{\"" + asEscape + "\":\"\\uD800\"}"),
        () -> kind + ": " + written);
    assertEquals(written, new String(LENIENT.encodeToBytes(roadmap), UTF_8), kind);

    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(json));
    assertTrue(e.problem().startsWith("unknown key "), e.getMessage());
    assertEquals(DocumentPointer.of("organizations", 0, key), e.pointer(), kind);
  }

  @Test
  void columnsAfterAnEscapedSurrogateOnTheSameLineAreTheDocuments() {
    String line = "{\"x-\\ud800\": 1, \"x-\\udc00\\udc00\": 2, \"schemaVersion\": 7}";
    int column = line.indexOf("7") + 1;
    for (RoadmapCodec codec : List.of(LENIENT, RoadmapCodec.strict())) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
          () -> codec.decode(line.getBytes(UTF_8)));
      assertEquals(1, e.line(), e.getMessage());
      assertEquals(codec.isLenient() ? column : 2, e.column(), e.getMessage());
    }
    String json = change("\"id\": \"ITU\",", "\"x-\\ud800\": 0, \"id\": \"ITU\",");
    DecodedRoadmap decoded = LENIENT.decodeWithSourceMap(json.getBytes(UTF_8));
    String row = json.lines().filter(l -> l.contains("x-\\ud800")).findFirst().orElseThrow();
    assertEquals(row.indexOf("\"ITU\"") + 1, decoded.sourceMap()
        .locate(DocumentPointer.parse("/organizations/0/id")).column());
  }

  @Test
  void lenientIsStrictAboutEverythingButUnknownKeys() {
    String json = change("\"id\": \"1.1\"", "\"id\": \"1.x\", \"x-new\": 1");
    RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
        () -> LENIENT.decode(json));
    assertEquals("/pathways/0/actions/0/id", e.pointer().toString());
  }

  @Test
  void aStrictDecodeOfADocumentWithExtensionsNamesTheFirstUnknownKey() {
    qt().forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap -> {
      String json = LENIENT.encode(roadmap);
      if (hasExtensions(roadmap)) {
        RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
            () -> RoadmapCodec.strict().decode(json));
        assertTrue(e.problem().startsWith("unknown key "), e.getMessage());
      } else {
        assertEquals(roadmap, RoadmapCodec.strict().decode(json));
      }
    });
  }

  @Test
  void theGeneratorPutsExtensionsAtEveryLevel() {
    SplittableRandom random = new SplittableRandom(7);
    Set<String> levels = new TreeSet<>();
    for (int i = 0; i < 200; i++) {
      Roadmap roadmap = GeneratedRoadmaps.dress(RoadmapGenerator.roadmap(random), random);
      String pretty = LENIENT_PRETTY.encode(roadmap);
      for (String level : List.of("roadmap", "axis", "pathway", "action", "organization",
          "project", "contact")) {
        if (hasExtensions(roadmap, level)) {
          levels.add(level);
        }
      }
      assertEquals(roadmap, LENIENT.decode(pretty));
    }
    assertEquals(new TreeSet<>(List.of("action", "axis", "contact", "organization", "pathway",
        "project", "roadmap")), levels);
  }

  @Test
  void anExtensionThatIsNotOneJsonValueIsRefusedWhenTheValueIsBuilt() {
    for (String text : List.of("{oops", "", "1 2", "[1,]", "[".repeat(100) + "]".repeat(100))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> withActionExtension("x-broken", text));
      assertTrue(e.getMessage().startsWith("extension member \"x-broken\" of an action holds "),
          e.getMessage());
      assertTrue(e.getMessage().contains("which is not one JSON value"), e.getMessage());
    }
  }

  @Test
  void anExtensionThatTakesAKeyOfTheFormatIsRefusedWhenTheValueIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> withActionExtension("title", "\"again\""));
    assertEquals("extension member \"title\" of an action takes a key of the format;"
        + " extensions hold unknown keys only", e.getMessage());
  }

  @Test
  void anExtensionBeyondACodecsOwnLowerLimitsFailsTheEncodeNamingTheMember() {
    RoadmapCodec shallow = LENIENT.toBuilder()
        .limits(DecodeLimits.builder().maxNestingDepth(10).build()).build();
    Roadmap roadmap = withActionExtension("x-deep", "[".repeat(20) + "]".repeat(20));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> shallow.encode(roadmap));
    assertTrue(e.getMessage().startsWith(
        "extension member \"x-deep\" at /pathways/0/actions/0/x-deep holds "), e.getMessage());
    assertTrue(e.getMessage().contains("which is not one JSON value"), e.getMessage());
    assertEquals(roadmap, LENIENT.decode(LENIENT.encode(roadmap)));
  }

  @Test
  void aCallerBuiltExtensionIsWrittenThroughTheGeneratorSoPrettyOutputIndentsIt() {
    String pretty = LENIENT_PRETTY.encode(withActionExtension("x-n", "{\"a\" :  [ 1 ,2 ]}"));
    assertTrue(pretty.contains(
        "\"x-n\": {\n" + " ".repeat(12) + "\"a\": [\n" + " ".repeat(14) + "1,\n"
            + " ".repeat(14) + "2\n"),
        pretty);
  }

  private static Roadmap withActionExtension(String key, String text) {
    Roadmap table = Editions.tableA();
    Function<Action, Action> extend = a -> a.toBuilder().putExtensions(key, text).build();
    return table.toBuilder()
        .pathways(List.of(table.pathways().get(0).toBuilder()
            .actions(List.of(extend.apply(table.pathways().get(0).actions().get(0))))
            .build()))
        .build();
  }

  private static boolean hasExtensions(Roadmap roadmap) {
    return List.of("roadmap", "axis", "pathway", "action", "organization", "project", "contact")
        .stream().anyMatch(level -> hasExtensions(roadmap, level));
  }

  private static boolean hasExtensions(Roadmap roadmap, String level) {
    Stream<Map<String, String>> extensions;
    switch (level) {
      case "roadmap":
        extensions = Stream.of(roadmap.extensions());
        break;
      case "axis":
        extensions = roadmap.axes().stream().map(ActionAxis::extensions);
        break;
      case "pathway":
        extensions = roadmap.pathways().stream().map(Pathway::extensions);
        break;
      case "action":
        extensions = Stream.concat(roadmap.pathways().stream().flatMap(p -> p.actions().stream()),
            roadmap.crossCuttingActions().stream()).map(Action::extensions);
        break;
      case "organization":
        extensions = roadmap.organizations().stream().map(Organization::extensions);
        break;
      case "project":
        extensions = roadmap.projects().stream().map(Project::extensions);
        break;
      default:
        extensions = roadmap.projects().stream().flatMap(p -> p.contacts().stream())
            .map(Contact::extensions);
    }
    return extensions.anyMatch(map -> !map.isEmpty());
  }
}
