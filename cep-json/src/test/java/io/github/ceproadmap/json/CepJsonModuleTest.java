package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.VALID;
import static io.github.ceproadmap.json.StrictDecodeErrorsTest.change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class CepJsonModuleTest {
  private static final JsonMapper STRICT =
      JsonMapper.builder().addModule(new CepJsonModule()).build();
  private static final JsonMapper LENIENT =
      JsonMapper.builder().addModule(CepJsonModule.lenient()).build();

  @Test
  void aMapperWritesWhatTheCodecWrites() {
    qt().withExamples(200).forAll(GeneratedRoadmaps.consistent()).checkAssert(roadmap ->
        assertEquals(RoadmapCodec.strict().encode(roadmap), STRICT.writeValueAsString(roadmap)));
  }

  @Test
  void aMapperReadsWhatTheCodecWrites() {
    qt().withExamples(200).forAll(GeneratedRoadmaps.consistent()).checkAssert(roadmap ->
        assertEquals(roadmap,
            STRICT.readValue(RoadmapCodec.strict().encode(roadmap), Roadmap.class)));
  }

  @Test
  void aLenientModuleKeepsExtensionsLikeTheLenientCodec() {
    qt().withExamples(200).forAll(GeneratedRoadmaps.withExtensions()).checkAssert(roadmap -> {
      String json = LENIENT.writeValueAsString(roadmap);
      assertEquals(RoadmapCodec.lenient().encode(roadmap), json);
      assertEquals(roadmap, LENIENT.readValue(json, Roadmap.class));
    });
  }

  @Test
  void theMappersIndentationDecidesPrettyOutput() {
    JsonMapper indenting = STRICT.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    String json = indenting.writeValueAsString(Editions.tableA());
    assertEquals(true, json.contains("\n"));
    assertEquals(Editions.tableA(), STRICT.readValue(json, Roadmap.class));
  }

  @Test
  void nestedTypesHaveTheirOwnSerializersAndDeserializers() {
    List<Action> actions = Editions.tableA().pathways().get(1).actions();
    String json = STRICT.writeValueAsString(actions);
    assertEquals(actions, STRICT.readValue(json, new TypeReference<List<Action>>() {}));
    Action action = STRICT.readValue(
        "{\"id\": \"2.5\", \"axis\": \"company\", \"title\": \"Commit\"}", Action.class);
    assertEquals(ActionId.parse("2.5"), action.id());
  }

  @Test
  void aDocumentErrorIsAJacksonExceptionCausedByTheCodecsError() {
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> STRICT.readValue(change("\"id\": \"1.1\"", "\"id\": \"1.x\""), Roadmap.class));
    RoadmapDecodeException cause = assertInstanceOf(RoadmapDecodeException.class, e.getCause());
    assertEquals("expected an action id like \"2.5\" but found \"1.x\"", cause.problem());
    assertEquals("9:14 /pathways/0/actions/0/id",
        cause.location() + " " + cause.pointer());
    assertEquals(Roadmap.class, e.getTargetType());
  }

  @Test
  void aStrictModuleRejectsWhatALenientOneKeeps() {
    String json = change("\"title\": \"A\"}", "\"title\": \"A\", \"x-new\": true}");
    assertEquals("true", LENIENT.readValue(json, Roadmap.class)
        .pathways().get(0).actions().get(0).extensions().get("x-new"));
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> STRICT.readValue(json, Roadmap.class));
    assertEquals("/pathways/0/actions/0/x-new",
        ((RoadmapDecodeException) e.getCause()).pointer().toString());
  }

  @Test
  void theValidDocumentReadsTheSameThroughMapperAndCodec() {
    assertEquals(RoadmapCodec.strict().decode(VALID), STRICT.readValue(VALID, Roadmap.class));
  }

  @Test
  void findAndAddModulesFindsAStrictModule() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals(List.of(false), found.registeredModules().stream()
        .filter(CepJsonModule.class::isInstance)
        .map(m -> ((CepJsonModule) m).isLenient()).toList());
    assertEquals(RoadmapCodec.strict().decode(VALID), found.readValue(VALID, Roadmap.class));
  }

  @Test
  void aRoadmapInsideAnObjectIsReportedAtItsPlaceInTheWholeDocument() {
    String document = "{\n  \"note\": \"n\",\n  \"roadmap\": "
        + change("\"id\": \"1.1\"", "\"id\": \"1.x\"") + "}";
    MismatchedInputException typed = assertThrows(MismatchedInputException.class,
        () -> STRICT.readValue(document.replace("\"n\"", "null"),
            new TypeReference<Map<String, @Nullable Roadmap>>() {}));
    RoadmapDecodeException cause =
        assertInstanceOf(RoadmapDecodeException.class, typed.getCause());
    assertEquals("11:14 /roadmap/pathways/0/actions/0/id",
        cause.location() + " " + cause.pointer());
    assertEquals(true, typed.getMessage().contains("(/roadmap/pathways/0/actions/0/id)"));
  }

  @Test
  void aRoadmapInsideAnArrayIsReportedAtItsIndex() {
    String document = "[\n" + VALID + ",\n"
        + change("\"title\": \"A\"}", "\"title\": \"A\", \"x-new\": true}") + "]";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> STRICT.readValue(document, new TypeReference<List<Roadmap>>() {}));
    RoadmapDecodeException cause = assertInstanceOf(RoadmapDecodeException.class, e.getCause());
    assertEquals("/1/pathways/0/actions/0/x-new", cause.pointer().toString());
    assertEquals(VALID.split("\n").length + 11, cause.line());
  }

  @Test
  void aNestedValueIsReportedFromTheDocumentRoot() {
    String document = "{\"actions\": [{\"id\": \"2.5\", \"axis\": \"company\", \"title\": \"C\"},\n"
        + "  {\"id\": \"2.x\", \"axis\": \"company\", \"title\": \"C\"}]}";
    MismatchedInputException e = assertThrows(MismatchedInputException.class,
        () -> STRICT.readValue(document, new TypeReference<Map<String, List<Action>>>() {}));
    RoadmapDecodeException cause = assertInstanceOf(RoadmapDecodeException.class, e.getCause());
    assertEquals("2:10 /actions/1/id", cause.location() + " " + cause.pointer());
  }

  @Test
  void theModuleSaysWhetherItIsLenient() {
    assertEquals(false, new CepJsonModule().isLenient());
    assertEquals(false, CepJsonModule.strict().isLenient());
    assertEquals(true, CepJsonModule.lenient().isLenient());
    assertEquals("cep-json", new CepJsonModule().getModuleName());
  }

  @Test
  void aMapperBuildsATreeOfALenientRoadmapWithNumericExtensionMembers() {
    // Issue 20: valueToTree failed ("TreeBuildingGenerator does not support writeNumber(String)").
    Roadmap roadmap = Editions.tableA().toBuilder()
        .putExtensions("price", "1.50")
        .putExtensions("count", "12345678901234567890")
        .putExtensions("nested", "{\"a\":[1,-2.25,{\"b\":0}]}")
        .build();

    tools.jackson.databind.JsonNode tree = LENIENT.valueToTree(roadmap);

    assertEquals(new java.math.BigDecimal("1.50"), tree.get("price").decimalValue());
    assertEquals(new java.math.BigInteger("12345678901234567890"),
        tree.get("count").bigIntegerValue());
    assertEquals(new java.math.BigDecimal("-2.25"),
        tree.get("nested").get("a").get(1).decimalValue());
    assertEquals(roadmap, LENIENT.treeToValue(tree, Roadmap.class));
  }
}
