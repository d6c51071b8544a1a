package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.validation.Rule;
import io.github.ceproadmap.model.validation.StandardRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README's rule table is the one {@code cep rules --format markdown} prints, so it cannot drift. */
class RuleCatalogReadmeTest {

  static String catalog() {
    return RulesCommand.table(StandardRules.all().stream().map(Rule::description).toList());
  }

  @Test
  void readmeHoldsTheCatalogAsTheCodeDefinesIt() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(catalog()),
        "README.md's rule table differs from the code; replace it with:\n" + catalog());
  }

  @Test
  void docsRulesHoldsTheMarkdownCatalog() throws IOException {
    String page = Files.readString(Path.of("../docs/rules.md"));
    String markdown = RulesCommand.markdown(RulesCommand.catalog(StandardRules.all()));
    assertTrue(page.endsWith(markdown),
        "docs/rules.md differs from 'cep rules --format markdown'; end it with:\n" + markdown);
  }

  @Test
  void theMarkdownCatalogStartsWithTheReadmeTable() {
    CepRun run = CepRun.of("rules", "--format", "markdown");
    assertTrue(run.out().startsWith(catalog()), run::toString);
  }
}
