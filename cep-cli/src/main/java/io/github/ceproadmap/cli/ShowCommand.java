package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.MatrixText;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cep show}: prints the roadmap matrix for a terminal or as Markdown. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print the roadmap matrix: pathways as columns, axes as rows, cross-cutting"
        + " actions below. Pathways that do not fit the width (8 to a Markdown table) are drawn"
        + " in bands, each with only the axes that hold an action in it.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:shown", " 2:the document could not be read or decoded", Cep.EXIT_USAGE,
      Cep.EXIT_INTERNAL})
final class ShowCommand implements Callable<Integer> {
  enum Format { TEXT, MARKDOWN }

  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The document; '-' reads standard input; none shows the built-in Roadmap 2.0.")
  @Nullable String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or markdown. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "132",
      description = "Line width of the text grid, at least " + MatrixText.MIN_WIDTH
          + ". Default: ${DEFAULT-VALUE}.")
  int width = 132;

  @Option(names = "--lenient", description = "Accept unknown keys.")
  boolean lenient;

  @Override
  public Integer call() {
    if (width < MatrixText.MIN_WIDTH) {
      throw new ParameterException(spec.commandLine(), "--width must be at least "
          + MatrixText.MIN_WIDTH + " to draw one pathway column, but was " + width);
    }
    try {
      Loader.Loaded loaded = new Loader(lenient, parent.stdin).load(file);
      spec.commandLine().getOut().print(format == Format.TEXT
          ? MatrixText.text(loaded.roadmap(), width)
          : MatrixText.markdown(loaded.roadmap()));
      return Cep.OK;
    } catch (Loader.Failure failure) {
      Cep.printError(spec.commandLine().getErr(), failure.oneLine());
      return Cep.UNREADABLE;
    }
  }
}
