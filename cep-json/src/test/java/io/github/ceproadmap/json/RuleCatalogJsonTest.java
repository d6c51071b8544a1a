package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ceproadmap.model.validation.RuleCatalog;
import io.github.ceproadmap.model.validation.RuleDescription;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * cep-model's {@code rules-1.0.json} is the Java catalogue ({@link RuleCatalog#descriptions()})
 * written as data, satisfies its own JSON Schema, and agrees with the rule tables of README and
 * docs/rules.md.
 */
class RuleCatalogJsonTest {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The catalogue as the Java code defines it, in the shape of {@code rules-1.0.json}. */
  static ObjectNode expected() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://ceproadmap.github.io/schema/rules-1.0.schema.json");
    root.put("formatVersion", RuleCatalog.VERSION);
    ArrayNode rules = root.putArray("rules");
    for (RuleDescription rule : RuleCatalog.descriptions()) {
      ObjectNode entry = rules.addObject();
      entry.put("id", rule.id());
      entry.put("defaultSeverity", rule.defaultSeverity().id());
      entry.put("title", rule.title());
      entry.put("description", rule.description());
      entry.put("guidance", rule.guidance());
      entry.put("example", rule.example());
      entry.put("needsAsOf", rule.needsAsOf());
      entry.put("since", rule.since());
      ArrayNode values = entry.putArray("values");
      for (RuleDescription.Value value : rule.values()) {
        values.addObject().put("name", value.name()).put("meaning", value.meaning())
            .put("always", value.always());
      }
    }
    return root;
  }

  @Test
  void theResourceIsTheJavaCatalogue() throws IOException {
    ObjectNode expected = expected();
    JsonNode resource = JSON.readTree(RuleCatalog.json());
    if (!expected.equals(resource)) {
      Path fresh = Path.of("target", RuleCatalog.JSON_RESOURCE);
      Files.writeString(fresh, JSON.writeValueAsString(expected) + "\n");
      throw new AssertionError("cep-model's " + RuleCatalog.JSON_RESOURCE + " differs from "
          + "RuleCatalog.descriptions(); replace it with " + fresh.toAbsolutePath());
    }
  }

  @Test
  void theResourceSatisfiesItsSchema() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(RuleCatalog.schema(), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(RuleCatalog.json(), InputFormat.JSON));
    assertEquals("https://ceproadmap.github.io/schema/rules-1.0.schema.json",
        JSON.readTree(RuleCatalog.schema()).get("$id").asString());
  }

  @Test
  void ruleIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (JsonNode rule : JSON.readTree(RuleCatalog.json()).get("rules")) {
      assertTrue(ids.add(rule.get("id").asString()), rule::toString);
    }
  }

  @Test
  void readmeAndTheRulesPageHoldTheCataloguesTable() throws IOException {
    StringBuilder table = new StringBuilder("| rule id | default | finding |\n|---|---|---|\n");
    for (JsonNode rule : JSON.readTree(RuleCatalog.json()).get("rules")) {
      table.append("| `").append(rule.get("id").asString()).append("` | ")
          .append(rule.get("defaultSeverity").asString()).append(" | ")
          .append(rule.get("description").asString()).append(" |\n");
    }
    for (String page : List.of("../README.md", "../docs/rules.md")) {
      assertTrue(Files.readString(Path.of(page)).contains(table),
          page + "'s rule table differs from rules-1.0.json; replace it with:\n" + table);
    }
  }
}
