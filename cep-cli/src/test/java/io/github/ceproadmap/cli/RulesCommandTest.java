package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.validation.Rule;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.StandardRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code cep rules}, {@code validate --explain} and SARIF's rule metadata read one catalog. */
class RulesCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<RuleDescription> CATALOG = RulesCommand.catalog(StandardRules.all());

  @Test
  void jsonListsEveryRuleWithItsGuidanceInCatalogOrder() {
    CepRun run = CepRun.of("rules", "--format", "json");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    JsonNode rules = JSON.readTree(run.out()).get("rules");
    assertEquals(StandardRules.all().size() + 2, rules.size());
    for (int i = 0; i < CATALOG.size(); i++) {
      RuleDescription expected = CATALOG.get(i);
      JsonNode rule = rules.get(i);
      assertEquals(expected.id(), rule.get("id").asString());
      assertEquals(expected.defaultSeverity().id(), rule.get("defaultSeverity").asString());
      assertEquals(expected.title(), rule.get("title").asString());
      assertEquals(expected.description(), rule.get("description").asString());
      assertEquals(expected.guidance(), rule.get("guidance").asString());
      assertEquals(expected.example(), rule.get("example").asString());
      assertEquals(expected.values().size(), rule.get("values").size(), expected.id());
      for (int v = 0; v < expected.values().size(); v++) {
        RuleDescription.Value value = expected.values().get(v);
        JsonNode node = rule.get("values").get(v);
        assertEquals(value.name(), node.get("name").asString());
        assertEquals(value.meaning(), node.get("meaning").asString());
        assertEquals(value.always(), node.get("always").asBoolean());
      }
    }
  }

  @Test
  void textAndMarkdownNameTheValuesOfEachRulesFindings() {
    String text = CepRun.of("rules").out();
    String markdown = CepRun.of("rules", "--format", "markdown").out();
    for (Rule rule : StandardRules.all()) {
      for (RuleDescription.Value value : rule.description().values()) {
        assertTrue(text.contains("  value:   " + value.name() + ": " + value.meaning() + "\n"),
            rule.description().id() + " " + value.name());
        assertTrue(markdown.contains("- `" + value.name() + "`: " + value.meaning() + "\n"),
            rule.description().id() + " " + value.name());
      }
    }
  }

  @Test
  void textGivesEachRuleItsTitleCheckFixAndExample() {
    CepRun run = CepRun.of("rules");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    for (Rule rule : StandardRules.all()) {
      RuleDescription d = rule.description();
      assertTrue(run.out().contains(
          d.id() + " (" + d.defaultSeverity().id() + "): " + d.title() + "\n"
              + "  checks:  " + d.description() + "\n"
              + "  fix:     " + d.guidance() + "\n"
              + "  example: " + d.example() + "\n"), d.id());
    }
  }

  @Test
  void explainPrintsTheFixUnderEachFinding() {
    CepRun plain = CepRun.of("validate");
    CepRun run = CepRun.of("validate", "--explain");
    assertEquals(plain.exitCode(), run.exitCode(), run::toString);
    RuleDescription duplicate = StandardRules.all().get(0).description();
    List<String> lines = run.out().lines().toList();
    int finding = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(": error duplicate-action-id: ")) {
        assertEquals("    fix:     " + duplicate.guidance(), lines.get(i + 1));
        assertEquals("    example: " + duplicate.example(), lines.get(i + 2));
        finding++;
      }
    }
    assertEquals(1, finding, run::toString);
    List<String> withoutGuidance = new ArrayList<>(lines);
    withoutGuidance.removeIf(line -> line.startsWith("    fix:") || line.startsWith("    example:"));
    assertEquals(plain.out().lines().toList(), withoutGuidance);
  }

  @Test
  void sarifDescribesEachRuleAndResultsPointAtTheirRuleByIndex() {
    CepRun run = CepRun.of("validate", "--format", "sarif");
    JsonNode runNode = JSON.readTree(run.out()).get("runs").get(0);
    JsonNode rules = runNode.get("tool").get("driver").get("rules");
    assertEquals(CATALOG.size(), rules.size());
    for (int i = 0; i < CATALOG.size(); i++) {
      RuleDescription expected = CATALOG.get(i);
      JsonNode rule = rules.get(i);
      assertEquals(expected.id(), rule.get("id").asString());
      assertEquals(expected.title(), rule.get("shortDescription").get("text").asString());
      assertEquals(expected.description(), rule.get("fullDescription").get("text").asString());
      assertTrue(rule.get("help").get("text").asString().startsWith(expected.guidance()));
      assertTrue(rule.get("help").get("text").asString().endsWith(expected.example()));
      assertEquals(Sarif.level(expected.defaultSeverity()),
          rule.get("defaultConfiguration").get("level").asString());
    }
    JsonNode results = runNode.get("results");
    assertTrue(results.size() > 0);
    for (JsonNode result : results) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asString(), rule.get("id").asString());
      // Each result's values are those its rule's descriptor explains.
      List<String> declared = new ArrayList<>();
      rule.at("/properties/values").propertyNames().forEach(declared::add);
      List<String> carried = new ArrayList<>();
      result.at("/properties/values").propertyNames().forEach(carried::add);
      assertTrue(!carried.isEmpty() && declared.containsAll(carried), result::toString);
    }
    JsonNode duplicate = results.get(0);
    assertEquals("duplicate-action-id", duplicate.get("ruleId").asString());
    assertEquals(JSON.readTree("{\"id\": \"4.3\", \"times\": 2}"),
        duplicate.at("/properties/values"));
  }
}
