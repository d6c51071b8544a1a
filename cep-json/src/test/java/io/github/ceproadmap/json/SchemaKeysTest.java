package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.DocumentShape;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema declares, for each object type, the keys of {@link DocumentShape} in their
 * written order, and requires exactly its required ones: the schema, reader, writer and finding
 * order share one declaration of the format's keys.
 */
class SchemaKeysTest {
  private static final Map<String, DocumentShape> DEFINITIONS = Map.of(
      "roadmap", DocumentShape.ROADMAP, "axis", DocumentShape.AXIS,
      "pathway", DocumentShape.PATHWAY, "action", DocumentShape.ACTION,
      "organization", DocumentShape.ORGANIZATION, "project", DocumentShape.PROJECT,
      "contact", DocumentShape.CONTACT);

  @Test
  void everyObjectDefinitionHasTheKeysOfItsShapeInOrderAndRequiresTheRequiredOnes()
      throws Exception {
    JsonNode defs;
    try (InputStream in = RoadmapSchema.class.getResourceAsStream("cep-roadmap-1.0.schema.json")) {
      defs = JsonMapper.builder().build().readTree(in).get("$defs");
    }
    assertEquals(DocumentShape.ALL.size(), DEFINITIONS.size(), "a shape without a definition");
    DEFINITIONS.forEach((name, shape) -> {
      JsonNode def = defs.get(name);
      List<String> keys = new ArrayList<>(def.get("properties").propertyNames());
      // The document's optional $schema is no key of a shape: every read keeps it as an extension.
      keys.remove(DocumentKeys.SCHEMA);
      assertEquals(shape.keys(), keys, name);
      Set<String> required = new TreeSet<>();
      for (int i = 0; i < shape.keys().size(); i++) {
        if ((shape.requiredMask() & (1L << i)) != 0) {
          required.add(shape.keys().get(i));
        }
      }
      Set<String> declared = new TreeSet<>();
      def.get("required").forEach(key -> declared.add(key.asString()));
      assertEquals(required, declared, name + " required");
    });
  }
}
