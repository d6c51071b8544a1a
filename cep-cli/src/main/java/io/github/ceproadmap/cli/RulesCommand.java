package io.github.ceproadmap.cli;

import io.github.ceproadmap.model.validation.Rule;
import io.github.ceproadmap.model.validation.RuleCatalog;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.StandardRules;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cep rules}: the rule catalog, read from each rule's {@link RuleDescription}: the
 * standard rules in catalog order, then the two checks of the input itself that reports name.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Print the rule catalog: each rule's id, default severity, title, what it checks,"
        + " and how to fix its findings.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:printed", Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class RulesCommand implements Runnable {
  enum Format { TEXT, JSON, MARKDOWN }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Override
  public void run() {
    List<RuleDescription> catalog = catalog(StandardRules.all());
    spec.commandLine().getOut().print(switch (format) {
      case TEXT -> text(catalog);
      case JSON -> RuleCatalog.json();
      case MARKDOWN -> markdown(catalog);
    });
  }

  /** Returns the descriptions of {@code rules}, then those of the read and decode checks. */
  static List<RuleDescription> catalog(List<Rule> rules) {
    List<RuleDescription> catalog = new ArrayList<>(rules.size() + 2);
    rules.forEach(rule -> catalog.add(rule.description()));
    catalog.add(RuleCatalog.DECODE_ERROR);
    catalog.add(RuleCatalog.READ_ERROR);
    return catalog;
  }

  /**
   * One block a rule: {@code id (severity): title}, then what it checks, the fix, an example, and
   * the values its findings carry.
   */
  static String text(List<RuleDescription> catalog) {
    StringBuilder out = new StringBuilder();
    for (RuleDescription rule : catalog) {
      out.append(rule.id()).append(" (").append(rule.defaultSeverity().id()).append("): ")
          .append(rule.title()).append('\n')
          .append("  checks:  ").append(rule.description()).append('\n');
      explain(rule, "  ", out);
      for (RuleDescription.Value value : rule.values()) {
        out.append("  value:   ").append(value.name()).append(": ").append(value.meaning())
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Appends a rule's guidance and example, each on one line after {@code indent}. */
  static void explain(RuleDescription rule, String indent, StringBuilder out) {
    out.append(indent).append("fix:     ").append(oneLine(rule.guidance())).append('\n')
        .append(indent).append("example: ").append(oneLine(rule.example())).append('\n');
  }

  /**
   * The catalog {@link #table(List) table}, then a section a rule: its guidance, example and the
   * values its findings carry.
   */
  static String markdown(List<RuleDescription> catalog) {
    StringBuilder out = new StringBuilder(table(catalog));
    for (RuleDescription rule : catalog) {
      out.append("\n### `").append(rule.id()).append("`: ").append(rule.title()).append("\n\n")
          .append(rule.guidance()).append("\n\nExample: ").append(rule.example()).append('\n');
      if (!rule.values().isEmpty()) {
        out.append("\nValues of its findings:\n\n");
        rule.values().forEach(value -> out.append("- `").append(value.name()).append("`: ")
            .append(value.meaning()).append('\n'));
      }
    }
    return out.toString();
  }

  /** The Markdown table {@code | rule id | default | finding |}, one row a rule. */
  static String table(List<RuleDescription> catalog) {
    StringBuilder table = new StringBuilder("| rule id | default | finding |\n|---|---|---|\n");
    for (RuleDescription rule : catalog) {
      table.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().id())
          .append(" | ").append(rule.description()).append(" |\n");
    }
    return table.toString();
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }
}
