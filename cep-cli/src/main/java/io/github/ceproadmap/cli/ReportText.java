package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text report of {@code cep validate}; its JSON is cep-json's {@link DocumentReport#toJson},
 * the one writer a service uses too.
 */
final class ReportText {
  private ReportText() {}

  /**
   * One line a finding, {@code FILE:LINE:COLUMN: SEVERITY RULE: message}, then a summary. Under
   * a finding whose rule {@code explain} describes, that rule's fix and example follow, indented.
   * Grouped by rule, the findings of each rule follow a line naming the rule and its counts, in
   * the order the rules first appear.
   */
  static String of(List<DocumentReport> reports, Map<String, RuleDescription> explain,
      boolean groupByRule) {
    StringBuilder out = new StringBuilder();
    if (groupByRule) {
      DocumentReport.countsByRule(reports).forEach((rule, counts) -> {
        out.append(rule).append(": ").append(counts(counts)).append('\n');
        for (DocumentReport report : reports) {
          lines(report, rule, "  ", explain, out);
        }
      });
    } else {
      for (DocumentReport report : reports) {
        lines(report, null, "", explain, out);
      }
    }
    long failed = reports.stream().filter(r -> !r.valid()).count();
    out.append(reports.size()).append(reports.size() == 1 ? " file checked" : " files checked")
        .append(", ").append(failed).append(" not valid: ")
        .append(counts(DocumentReport.counts(reports))).append('\n');
    return out.toString();
  }

  /** Appends the file's findings (of {@code rule} only, unless it is null), then its omitted. */
  private static void lines(DocumentReport report, @Nullable String rule, String indent,
      Map<String, RuleDescription> explain, StringBuilder out) {
    String file = TerminalText.escape(report.file());
    for (DocumentReport.Entry entry : report.entries()) {
      if (rule != null && !rule.equals(entry.rule())) {
        continue;
      }
      out.append(indent).append(file);
      if (entry.cell().isPresent()) {
        out.append(": ").append(TerminalText.escape(entry.cell().get()));
      } else if (entry.line() > 0) {
        out.append(':').append(entry.line()).append(':').append(entry.column());
      }
      out.append(": ").append(entry.severity().id()).append(' ').append(entry.rule())
          .append(": ").append(TerminalText.escape(entry.message())).append('\n');
      RuleDescription described = explain.get(entry.rule());
      if (described != null) {
        RulesCommand.explain(described, indent + "    ", out);
      }
    }
    for (DocumentReport.Omitted more : report.omitted()) {
      if (rule == null || rule.equals(more.rule())) {
        out.append(indent).append(file).append(": ")
            .append(more.severity().id()).append(' ').append(more.rule()).append(": and ")
            .append(more.count()).append(" more findings of this rule, not listed\n");
      }
    }
  }

  /** {@code 1 error, 2 warnings, 1 info}. */
  private static String counts(DocumentReport.Counts counts) {
    return plural(counts.errors(), "error") + ", " + plural(counts.warnings(), "warning") + ", "
        + plural(counts.infos(), Severity.INFO.id());
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
  }
}
