package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.internal.Slugs;
import java.util.Objects;

/**
 * What a {@link Rule} is, for people and for other tools: the one place where a rule's id,
 * default severity, title, what it checks and how to fix its findings are written. The rule
 * catalog ({@code cep rules}), the README's rule table, SARIF's rule metadata and {@code cep
 * validate --explain} all read it from here.
 *
 * @param id the rule's stable kebab-case id, which findings carry and configuration names, such
 *     as {@code "duplicate-action-id"}
 * @param defaultSeverity the severity of the rule's findings unless the validator is configured
 *     otherwise
 * @param title a short name for the rule, such as "Duplicate action id"
 * @param description what the rule checks, in one line, such as "two actions in one pathway share
 *     an id"
 * @param guidance how to fix a finding of the rule, in a sentence or two
 * @param example an example of the fix, such as {@code renumber the second "4.3" to "4.4"}
 */
public record RuleDescription(
    String id,
    Severity defaultSeverity,
    String title,
    String description,
    String guidance,
    String example) {

  /**
   * Checks the components.
   *
   * @param id see {@link #id()}
   * @param defaultSeverity see {@link #defaultSeverity()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param guidance see {@link #guidance()}
   * @param example see {@link #example()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code id} is not kebab-case, or the title or description
   *     is blank or runs over more than one line
   */
  public RuleDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(guidance, "guidance");
    Objects.requireNonNull(example, "example");
    Slugs.require(id, "a rule id");
    oneLine("title", title);
    oneLine("description", description);
  }

  private static void oneLine(String what, String text) {
    Objects.requireNonNull(text, what);
    if (text.isBlank() || text.contains("\n") || text.contains("\r")) {
      throw new IllegalArgumentException(
          "expected a rule's " + what + " in one line of text but found " + Quoting.quote(text));
    }
  }
}
