package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.validation.Rule;
import io.github.ceproadmap.model.validation.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's rule catalog is generated from the rules themselves, so that it cannot drift. */
class RuleCatalogReadmeTest {

  static String catalog() {
    StringBuilder table = new StringBuilder("| rule id | default | finding |\n|---|---|---|\n");
    for (Rule rule : StandardRules.all()) {
      table.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().id())
          .append(" | ").append(rule.summary()).append(" |\n");
    }
    return table.toString();
  }

  @Test
  void readmeHoldsTheCatalogAsTheCodeDefinesIt() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(catalog()),
        "README.md's rule table differs from the code; replace it with:\n" + catalog());
  }
}
