package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.HtmlPage;
import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cep render}: draws the roadmap as the self-contained HTML project dashboard. */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Write the quarterly project dashboard as one self-contained HTML page: the"
        + " matrix with each action in the state of its projects, a card per project, the"
        + " organisations, and validation findings marked where they apply. A matrix of more"
        + " cells than 10,000 plus 10 per action is refused: use cep show.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:the page was written",
      " 2:the document could not be read or decoded, or the page could not be written or drawn",
      Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class RenderCommand implements Callable<Integer> {
  /**
   * A page draws every cell of the matrix, empty ones included, so its size goes with pathways
   * times axes; it is refused beyond this many cells plus {@link #CELLS_PER_ACTION} per action,
   * which keeps the page linear in the document's size.
   */
  static final long MAX_CELLS = 10_000;

  /** Cells a page may draw for each action, beyond {@link #MAX_CELLS}. */
  static final long CELLS_PER_ACTION = 10;

  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The document; '-' reads standard input; none draws the built-in Roadmap 2.0.")
  @Nullable String file;

  @Option(names = "--out", paramLabel = "FILE.html", required = true,
      description = "Where to write the page.")
  Path out;

  @Option(names = "--as-of", paramLabel = "YYYY-MM",
      description = "Judge project states (and status-date conflicts) at this month.")
  @Nullable YearMonth asOf;

  @Option(names = "--lenient", description = "Accept unknown keys.")
  boolean lenient;

  @Override
  public Integer call() {
    Optional<Loader.Loaded> read =
        new Loader(lenient, parent.stdin).loadOrPrint(file, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return Cep.UNREADABLE;
    }
    Loader.Loaded loaded = read.get();
    long cells = (long) loaded.roadmap().pathways().size() * loaded.roadmap().axes().size();
    long drawable = MAX_CELLS + CELLS_PER_ACTION * loaded.roadmap().allActions().size();
    if (cells > drawable) {
      Cep.printError(spec.commandLine().getErr(), loaded.input().name() + ": "
          + loaded.roadmap().pathways().size() + " pathways by " + loaded.roadmap().axes().size()
          + " axes make " + cells + " cells, more than a page can usefully show (" + drawable
          + " for this document); nothing was written; cep show draws it in bands");
      return Cep.UNREADABLE;
    }
    Validator.Builder validator = Validator.builder();
    if (asOf != null) {
      validator.asOf(asOf);
    }
    List<Finding> findings = validator.build().validate(loaded.roadmap()).findings();
    String html = HtmlPage.render(loaded.roadmap(), findings, Optional.ofNullable(asOf));
    try {
      OutputFile.write(out, html.getBytes(StandardCharsets.UTF_8));
    } catch (OutputFile.Refused refused) {
      Cep.printError(spec.commandLine().getErr(), refused.getMessage());
      return Cep.UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + TerminalText.escape(out.toString()) + " (" + loaded.roadmap().allActions().size()
        + " actions, " + findings.size() + " findings)");
    return Cep.OK;
  }
}
