package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import io.github.ceproadmap.model.validation.Validator;
import io.github.ceproadmap.sheets.CellRef;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cep validate}: checks documents against the rule catalog and reports every finding. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check roadmap documents: syntax (document format 1.0) and consistency (rule"
        + " catalog 1.0). Each rule lists at most 1000 findings a file and counts the rest.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:no file has an error finding", " 1:a file has an error finding",
      " 2:a file could not be read or decoded (the other files are still checked)",
      Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class ValidateCommand implements Callable<Integer> {
  enum Format { TEXT, JSON, SARIF }

  enum GroupBy { FILE, RULE }

  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Documents to check; '-' reads standard input; none checks the built-in"
          + " Roadmap 2.0.")
  List<String> files = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--lenient", description = "Accept unknown keys (kept, not checked).")
  boolean lenient;

  @Option(names = "--as-of", paramLabel = "YYYY-MM",
      description = "Check project statuses against their dates at this month.")
  @Nullable YearMonth asOf;

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Report RULE at LEVEL (error, warning or info). Repeatable.")
  Map<String, Severity> severities = new LinkedHashMap<>();

  @Option(names = "--disable", paramLabel = "RULE", description = "Do not run RULE. Repeatable.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--explain",
      description = "Print under each finding how to fix it, with an example (text format).")
  boolean explain;

  @Option(names = "--group-by", paramLabel = "GROUPING", defaultValue = "file",
      description = "file (findings in document order) or rule (each rule's findings together,"
          + " under its counts), for the text format. Default: ${DEFAULT-VALUE}.")
  GroupBy groupBy = GroupBy.FILE;

  @Override
  public Integer call() {
    Validator validator = validator();
    Loader loader = new Loader(lenient, parent.stdin);
    List<DocumentReport> reports = new ArrayList<>();
    List<String> arguments = files.isEmpty() ? java.util.Collections.singletonList(null) : files;
    for (String argument : arguments) {
      reports.add(check(loader, validator, argument));
    }
    String output = switch (format) {
      case TEXT -> ReportText.of(
          reports, explain ? explanations(validator) : Map.of(), groupBy == GroupBy.RULE);
      case JSON -> DocumentReport.toJson(reports);
      case SARIF -> Sarif.of(reports, validator.rules());
    };
    spec.commandLine().getOut().print(output);
    if (reports.stream().anyMatch(DocumentReport::unreadable)) {
      return Cep.UNREADABLE;
    }
    return reports.stream().allMatch(DocumentReport::valid) ? Cep.OK : Cep.FINDINGS;
  }

  /** Each rule the report can name, by id. */
  private static Map<String, RuleDescription> explanations(Validator validator) {
    Map<String, RuleDescription> byId = new LinkedHashMap<>();
    RulesCommand.catalog(validator.rules()).forEach(rule -> byId.put(rule.id(), rule));
    return byId;
  }

  private Validator validator() {
    Validator.Builder builder = Validator.builder();
    try {
      severities.forEach(builder::severity);
      disabled.forEach(builder::disable);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (asOf != null) {
      builder.asOf(asOf);
    }
    return builder.build();
  }

  private static DocumentReport check(
      Loader loader, Validator validator, @Nullable String argument) {
    try {
      Loader.Loaded loaded = loader.load(argument);
      return DocumentReport.of(loaded.input().name(), loaded.roadmap(), loaded::place, validator);
    } catch (Loader.Failure failure) {
      CellRef cell = failure.cell;
      return DocumentReport.of(failure.file, true, List.of(cell == null
          ? new DocumentReport.Entry(failure.rule, Severity.ERROR, failure.pointer, failure.line,
              failure.column, failure.problem)
          : new DocumentReport.Entry(failure.rule, Severity.ERROR, failure.pointer, cell.row(),
              cell.column(), failure.problem, Optional.of(Loader.cellName(cell)))));
    }
  }
}
