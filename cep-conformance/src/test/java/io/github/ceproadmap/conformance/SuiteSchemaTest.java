package io.github.ceproadmap.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ceproadmap.json.RoadmapSchema;
import io.github.ceproadmap.model.validation.RuleCatalog;
import io.github.ceproadmap.model.validation.StandardRules;
import io.github.ceproadmap.model.validation.Rule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The suite checked by an independent validator (networknt's json-schema-validator): the
 * manifest satisfies its schema, and each document satisfies the document schema exactly when
 * the case expects it read, except where the case says the schema cannot tell. And the suite
 * covers what issue 24 asks: three kinds of case a rule, refusals, versions, lenient mode,
 * Unicode and both editions.
 */
class SuiteSchemaTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final ConformanceSuite SUITE = ConformanceSuite.builtIn();

  @Test
  void theManifestSatisfiesItsSchema() throws IOException {
    Schema schema = REGISTRY.getSchema(Files.readString(
        JavaConformanceTest.FOLDER.resolve("manifest.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(Files.readString(
        JavaConformanceTest.FOLDER.resolve(ConformanceSuite.MANIFEST)), InputFormat.JSON));
  }

  @Test
  void eachDocumentSatisfiesTheSchemaExactlyWhenItIsRead() throws IOException {
    Schema schema = REGISTRY.getSchema(RoadmapSchema.text(), InputFormat.JSON);
    JsonNode manifest = FindingsJson.JSON.readTree(Files.readString(
        JavaConformanceTest.FOLDER.resolve(ConformanceSuite.MANIFEST)));
    int checked = 0;
    for (JsonNode entry : manifest.get("cases")) {
      ConformanceCase c = SUITE.cases().get(checked++);
      if (entry.has("beyondSchema")) {
        continue;
      }
      List<Error> errors = errors(schema, c);
      if (c.expected().refused()) {
        assertFalse(errors.isEmpty(), c.id() + " is refused but satisfies the schema");
      } else if (c.lenient()) {
        assertTrue(errors.stream().allMatch(e -> e.getKeyword().equals("additionalProperties")),
            c.id() + ": " + errors);
      } else {
        assertEquals(List.of(), errors, c.id());
      }
    }
    assertEquals(SUITE.cases().size(), checked);
  }

  private static List<Error> errors(Schema schema, ConformanceCase c) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(c.document())).toString();
      return schema.validate(text, InputFormat.JSON);
    } catch (CharacterCodingException | RuntimeException notJson) {
      return List.of(Error.builder().message(String.valueOf(notJson.getMessage())).build());
    }
  }

  @Test
  void everyRuleHasACleanAFailingAndATrickyCase() {
    Map<String, Set<String>> kinds = SUITE.cases().stream()
        .filter(c -> c.documentPath().startsWith("documents/") && ruleOf(c) != null)
        .collect(Collectors.groupingBy(SuiteSchemaTest::ruleOf,
            Collectors.mapping(ConformanceCase::kind, Collectors.toSet())));
    for (Rule rule : StandardRules.all()) {
      Set<String> of = kinds.getOrDefault(rule.description().id(), Set.of());
      assertTrue(of.contains("clean") && of.contains("failing")
          && (of.contains("tricky") || of.contains("unicode")), rule.description().id() + of);
    }
  }

  @Test
  void aFailingCaseFindsItsRuleAndACleanOneNothing() {
    for (ConformanceCase c : SUITE.cases()) {
      String rule = ruleOf(c);
      if (rule != null && c.kind().equals("failing")) {
        assertTrue(c.expected().findings().stream().anyMatch(f -> f.rule().equals(rule)), c.id());
      }
      if (c.kind().equals("clean")) {
        assertEquals(Outcome.read(List.of()), c.expected(), c.id());
      }
    }
  }

  @Test
  void theSuiteCoversRefusalsVersionsLenientModeUnicodeAndBothEditions() {
    Map<String, Long> byKind = SUITE.cases().stream()
        .collect(Collectors.groupingBy(ConformanceCase::kind, Collectors.counting()));
    assertTrue(byKind.getOrDefault("syntax", 0L) >= 15, byKind::toString);
    assertTrue(byKind.getOrDefault("version", 0L) >= 3, byKind::toString);
    assertTrue(byKind.getOrDefault("lenient", 0L) >= 3, byKind::toString);
    assertTrue(byKind.getOrDefault("unicode", 0L) >= 3, byKind::toString);
    assertTrue(SUITE.cases().stream().anyMatch(c -> c.id().equals("editions/table-a")));
    assertTrue(SUITE.cases().stream().anyMatch(c -> c.id().equals("editions/table-b")));
    assertTrue(SUITE.cases().stream().anyMatch(c -> c.lenient() && !c.expected().refused()));
  }

  @Test
  void aRuleThatNeedsAnAsOfMonthFindsOnlyWithOne() {
    for (var description : RuleCatalog.descriptions()) {
      List<ConformanceCase> own = SUITE.cases().stream()
          .filter(c -> description.id().equals(ruleOf(c))).toList();
      for (ConformanceCase c : own) {
        boolean finds = c.expected().findings().stream()
            .anyMatch(f -> f.rule().equals(description.id()));
        if (description.needsAsOf() && finds) {
          assertTrue(c.asOf().isPresent(), c.id() + " finds without an as-of month");
        }
      }
      if (description.needsAsOf()) {
        assertTrue(own.stream().anyMatch(c -> c.asOf().isEmpty() && !c.expected().refused()),
            description.id() + " has no case without an as-of month");
      }
    }
  }

  @Test
  void everyRuleNamedByACaseIsInTheCatalogue() {
    Set<String> catalogue = RuleCatalog.descriptions().stream().map(d -> d.id())
        .collect(Collectors.toSet());
    for (ConformanceCase c : SUITE.cases()) {
      c.expected().findings().forEach(f -> assertTrue(catalogue.contains(f.rule()), c.id()));
    }
  }

  private static String ruleOf(ConformanceCase c) {
    int slash = c.id().indexOf('/');
    String group = c.id().substring(0, slash);
    return StandardRules.all().stream().anyMatch(r -> r.description().id().equals(group))
        ? group : null;
  }
}
