package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ceproadmap.model.Codelists;
import io.github.ceproadmap.model.internal.DocumentShape;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema accepts exactly what the strict codec accepts: generated valid documents pass both,
 * and documents changed in one place (a key removed, added or renamed, a value replaced by one of
 * another type, a malformed id, null, another enum value, an odd number) pass both or fail both.
 */
class SchemaAgreementTest {
  private static final Schema SCHEMA = load();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final RoadmapCodec STRICT = RoadmapCodec.strict();

  /** Numbers written as raw text, so that {@code 1.0} stays {@code 1.0}. */
  private static final String RAW = "@raw:";

  /** Every key of the format, and keys it does not know. */
  private static final List<String> KEYS = Stream.concat(
      DocumentShape.ALL.stream().flatMap(shape -> shape.keys().stream()),
      Stream.of("x-new", "Title", "")).distinct().toList();

  /** Values that break or keep each rule of the format; JSON text or raw numbers. */
  private static final List<String> VALUES = List.of(
      "null", "true", "false", "0", "1", "-1", "13", RAW + "1.0", RAW + "1e0", RAW + "13.5",
      RAW + "2147483647", RAW + "2147483648", RAW + "-0", RAW + "1e400",
      "\"\"", "\"x\"", "\"7\"", "\"1.1\"", "\"0.1\"", "\"2.10\"", "\"1.x\"", "\"01.1\"",
      "\"1.01\"", "\"1.0\"", "\"1.1 \"", "\"1234567890.1\"", "\"P1.1\"", "\"P01.1\"", "\"p1.1\"",
      "\"2022-05\"", "\"2022-13\"", "\"2022-00\"", "\"2022-5\"", "\"0000-01\"", "\"12022-05\"",
      "\"1.10\"", "\"2.0\"", "\"1.\"", "\"1.0\\n\"", "\"company\"", "\"Company\"", "\"a--b\"",
      "\"-a\"", "\"a-b-1\"", "\"cep-activity\"", "\"alliance-project\"", "\"Cep-activity\"",
      "\"completed\"", "\"running\"", "\"done\"", "\"partner\"", "\"founding-partner\"",
      "\"member \"", "[]", "{}", "[\"1.1\"]", "[\"partner\"]", "[1]", "[null]", "[\"x\"]",
      "{\"id\":\"company\",\"title\":\"C\"}", "{\"name\":\"N\",\"email\":\"e\"}",
      "[{\"id\":\"1.1\",\"axis\":\"company\",\"title\":\"A\"}]",
      "\"industry-partner\"", "[\"industry-partner\"]", "2024", RAW + "2024.0", "9999",
      "10000", "[2024]", "[2024, 2023]", "[\"2024\"]", "[10000]", "[-1]", "[0]",
      "\"2021-03-18\"", "\"2021-02-29\"", "\"2024-02-29\"", "\"1900-02-29\"",
      "\"2000-02-29\"", "\"0000-02-29\"", "\"2021-04-31\"", "\"2021-12-31\"",
      "\"2021-3-18\"", "\"2021-03-18T00:00\"", "\"2024-Q1\"", "\"2024-Q5\"",
      "\"Q1 2024\"", "\"2024-q1\"");

  @Test
  void theSchemaHasItsStableId() {
    assertTrue(RoadmapSchema.text().contains("\"$id\": \"" + RoadmapSchema.ID + "\""));
  }

  @ParameterizedTest
  @CsvSource({"project-kind, projectKind", "project-status, projectStatus",
      "organization-role, organizationRole"})
  void theSchemasCodesAreTheCodelistsWithTheirTitlesAndDescriptions(String list, String def) {
    // A plain string enum, so that code generators make one enum type of it; each code's
    // title and description are in the definition's description.
    JsonNode codes = TREES.readTree(RoadmapSchema.text()).get("$defs").get(def);
    assertEquals("string", codes.get("type").asString());
    List<Codelists.Code> codelist = Codelists.all().get(list);
    assertEquals(codelist.stream().map(Codelists.Code::code).toList(),
        codes.get("enum").valueStream().map(JsonNode::asString).toList());
    String description = codes.get("description").asString();
    for (Codelists.Code code : codelist) {
      assertTrue(description.contains(
          "`" + code.code() + "` (" + code.title() + "): " + code.description()), description);
    }
  }

  @Test
  void theSchemasCodesAreWhereTheDocumentUsesThem() {
    JsonNode defs = TREES.readTree(RoadmapSchema.text()).get("$defs");
    assertEquals("#/$defs/projectKind",
        defs.at("/project/properties/kind/$ref").asString());
    assertEquals("#/$defs/projectStatus",
        defs.at("/project/properties/status/$ref").asString());
    assertEquals("#/$defs/organizationRole",
        defs.at("/organization/properties/roles/items/$ref").asString());
  }

  @Test
  void generatedValidDocumentsPassBoth() {
    qt().withExamples(300).forAll(GeneratedRoadmaps.consistent()).checkAssert(roadmap -> {
      String json = STRICT.encode(roadmap);
      assertEquals(List.of(), SCHEMA.validate(json, InputFormat.JSON));
      assertEquals(roadmap, STRICT.decode(json));
    });
  }

  @Test
  void thePublishedEditionsAndTheFixturesPassBoth() {
    for (String edition : List.of(RoadmapEditions.EDITION_2_0,
        RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE)) {
      String json =
          new String(RoadmapEditions.bytes(edition), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of(), SCHEMA.validate(json, InputFormat.JSON), edition);
    }
    for (String fixture : List.of("canonical-pretty.json", "canonical-compact.json")) {
      String json = new String(Fixtures.bytes(fixture), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(List.of(), SCHEMA.validate(json, InputFormat.JSON), fixture);
      STRICT.decode(json);
    }
  }

  @ParameterizedTest
  @CsvSource({"13, true", "13.0, true", "1.3e1, true", "130e-1, true", "13.5, false",
      "0, false", "-1, false", "2147483647, true", "2147483648, false", "'\"13\"', false"})
  void bothReadAnIntegerWithAZeroFractionAsThatInteger(String number, boolean valid) {
    String json = StrictDecodeErrorsTest.change("\"durationMonths\": 13",
        "\"durationMonths\": " + number);
    assertEquals(valid, SCHEMA.validate(json, InputFormat.JSON).isEmpty(), "schema");
    assertEquals(valid, codecError(json) == null, "codec");
  }

  @Test
  void documentsChangedInOnePlacePassBothOrFailBoth() {
    qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ObjectNode document =
          (ObjectNode) TREES.readTree(STRICT.encode(RoadmapGenerator.roadmap(random)));
      String change = mutate(document, random);
      String json = TREES.writeValueAsString(document).replaceAll("\"" + RAW + "([^\"]*)\"", "$1");
      List<Error> schemaErrors = SCHEMA.validate(json, InputFormat.JSON);
      String codecError = codecError(json);
      assertEquals(schemaErrors.isEmpty(), codecError == null,
          () -> change + "\nschema: " + schemaErrors + "\ncodec: " + codecError + "\n" + json);
    });
  }

  /** Changes {@code document} in one random place and says how. */
  private static String mutate(ObjectNode document, SplittableRandom random) {
    List<Slot> slots = new ArrayList<>();
    collect(document, "", slots);
    Slot slot = slots.get(random.nextInt(slots.size()));
    String value = VALUES.get(random.nextInt(VALUES.size()));
    String key = KEYS.get(random.nextInt(KEYS.size()));
    switch (random.nextInt(4)) {
      case 0:
        if (slot.key != null) {
          ((ObjectNode) slot.parent).remove(slot.key);
          return "removed " + slot.pointer;
        }
        ((ArrayNode) slot.parent).remove(slot.index);
        return "removed element " + slot.pointer;
      case 1:
        if (slot.key != null && !((ObjectNode) slot.parent).has(key)) {
          ObjectNode parent = (ObjectNode) slot.parent;
          parent.set(key, parent.remove(slot.key));
          return "renamed " + slot.pointer + " to " + key;
        }
        return replace(slot, value);
      case 2:
        JsonNode target = slot.node();
        if (target.isObject() && !target.has(key)) {
          ((ObjectNode) target).set(key, node(value));
          return "added " + key + ": " + value + " to " + slot.pointer;
        }
        return replace(slot, value);
      default:
        return replace(slot, value);
    }
  }

  private static String replace(Slot slot, String value) {
    if (slot.key != null) {
      ((ObjectNode) slot.parent).set(slot.key, node(value));
    } else if (slot.parent != null) {
      ((ArrayNode) slot.parent).set(slot.index, node(value));
    }
    return "replaced " + slot.pointer + " with " + value;
  }

  private static JsonNode node(String value) {
    return value.startsWith(RAW) ? TREES.getNodeFactory().stringNode(value) : TREES.readTree(value);
  }

  /** A place in the tree: the member {@code key} or element {@code index} of {@code parent}. */
  private static final class Slot {
    final JsonNode parent;
    final String key;
    final int index;
    final String pointer;

    Slot(JsonNode parent, String key, int index, String pointer) {
      this.parent = parent;
      this.key = key;
      this.index = index;
      this.pointer = pointer;
    }

    JsonNode node() {
      return key != null ? parent.get(key) : parent.get(index);
    }
  }

  private static void collect(JsonNode node, String pointer, List<Slot> slots) {
    if (node.isObject()) {
      for (String key : List.copyOf(node.propertyNames())) {
        String child = pointer + "/" + key;
        slots.add(new Slot(node, key, -1, child));
        collect(node.get(key), child, slots);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        slots.add(new Slot(node, null, i, pointer + "/" + i));
        collect(node.get(i), pointer + "/" + i, slots);
      }
    }
  }

  private static String codecError(String json) {
    try {
      STRICT.decode(json);
      return null;
    } catch (RoadmapDecodeException e) {
      return e.getMessage();
    }
  }

  private static Schema load() {
    try (InputStream in = RoadmapSchema.openStream()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
