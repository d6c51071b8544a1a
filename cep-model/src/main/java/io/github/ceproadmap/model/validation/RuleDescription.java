package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.internal.Slugs;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
 * @param values the values that the rule's findings carry in {@link Finding#values()}, in the
 *     order the rule explains them; empty for a rule whose findings carry none
 * @param needsAsOf whether the rule reports only when the validator is given an as-of month
 *     ({@link Validator.Builder#asOf}); without one it reports nothing
 * @param since the document format version since which the rule exists, {@code major.minor},
 *     such as {@code "1.0"}
 */
public record RuleDescription(
    String id,
    Severity defaultSeverity,
    String title,
    String description,
    String guidance,
    String example,
    List<Value> values,
    boolean needsAsOf,
    String since) {
  private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

  /** The format version of the rules a description names without one. */
  private static final String FIRST_VERSION = "1.0";

  /**
   * One value that a rule's findings carry.
   *
   * @param name the value's name in {@link Finding#values()}, lower camel case, such as {@code
   *     "id"}
   * @param meaning what the value is, in one line, such as "the duplicated action id"
   * @param always whether every finding of the rule carries it; false for a value that only some
   *     findings have, which the meaning says
   */
  public record Value(String name, String meaning, boolean always) {
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Checks the components.
     *
     * @param name see {@link #name()}
     * @param meaning see {@link #meaning()}
     * @param always see {@link #always()}
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is not lower camel case, or the meaning is
     *     blank or runs over more than one line
     */
    public Value {
      requireName(name);
      oneLine("value meaning", meaning);
    }

    /** Checks a value's name, here and in {@link Finding#values()}. */
    static void requireName(String name) {
      Objects.requireNonNull(name, "a value's name");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "expected a value's name in lower camel case but found " + Quoting.quote(name));
      }
    }

    /**
     * Returns a value that every finding of the rule carries.
     *
     * @param name see {@link #name()}
     * @param meaning see {@link #meaning()}
     * @return the value
     */
    public static Value of(String name, String meaning) {
      return new Value(name, meaning, true);
    }

    /**
     * Returns a value that only some findings of the rule carry.
     *
     * @param name see {@link #name()}
     * @param meaning see {@link #meaning()}, saying when it is there
     * @return the value
     */
    public static Value optional(String name, String meaning) {
      return new Value(name, meaning, false);
    }
  }

  /**
   * Checks the components.
   *
   * @param id see {@link #id()}
   * @param defaultSeverity see {@link #defaultSeverity()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param guidance see {@link #guidance()}
   * @param example see {@link #example()}
   * @param values see {@link #values()}; copied
   * @param needsAsOf see {@link #needsAsOf()}
   * @param since see {@link #since()}
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code id} is not kebab-case, the title or description
   *     is blank or runs over more than one line, two values share a name, or {@code since} is
   *     not a version {@code major.minor}
   */
  public RuleDescription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(since, "since");
    if (!VERSION.matcher(since).matches()) {
      throw new IllegalArgumentException(
          "expected a format version such as \"1.0\" but found " + Quoting.quote(since));
    }
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(guidance, "guidance");
    Objects.requireNonNull(example, "example");
    Slugs.require(id, "a rule id");
    oneLine("title", title);
    oneLine("description", description);
    values = List.copyOf(values);
    Set<String> names = new HashSet<>();
    for (Value value : values) {
      if (!names.add(value.name())) {
        throw new IllegalArgumentException(
            "rule " + id + " declares value " + Quoting.quote(value.name()) + " twice");
      }
    }
  }

  /**
   * Returns the description of a rule of format 1.0 that needs no as-of month.
   *
   * @param id see {@link #id()}
   * @param defaultSeverity see {@link #defaultSeverity()}
   * @param title see {@link #title()}
   * @param description see {@link #description()}
   * @param guidance see {@link #guidance()}
   * @param example see {@link #example()}
   * @param values see {@link #values()}; copied
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code id} is not kebab-case, the title or description
   *     is blank or runs over more than one line, or two values share a name
   */
  public RuleDescription(String id, Severity defaultSeverity, String title, String description,
      String guidance, String example, List<Value> values) {
    this(id, defaultSeverity, title, description, guidance, example, values, false,
        FIRST_VERSION);
  }

  /**
   * Returns the description of a rule of format 1.0 that needs no as-of month and whose
   * findings carry no values.
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
  public RuleDescription(String id, Severity defaultSeverity, String title, String description,
      String guidance, String example) {
    this(id, defaultSeverity, title, description, guidance, example, List.of(), false,
        FIRST_VERSION);
  }

  private static void oneLine(String what, String text) {
    Objects.requireNonNull(text, what);
    if (text.isBlank() || text.contains("\n") || text.contains("\r")) {
      throw new IllegalArgumentException(
          "expected a rule's " + what + " in one line of text but found " + Quoting.quote(text));
    }
  }
}
