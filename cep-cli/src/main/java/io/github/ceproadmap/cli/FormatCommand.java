package io.github.ceproadmap.cli;

import java.nio.file.Path;
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

/** {@code cep format}: rewrites a document in canonical form. */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = "Print the document as canonical pretty JSON (format 1.0 key order), or with"
        + " --write replace the file atomically: the original stays intact if anything fails.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:printed or written",
      " 2:the document could not be read or decoded, or the file could not be written",
      Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class FormatCommand implements Callable<Integer> {
  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The document; '-' reads standard input; none formats the built-in Roadmap"
          + " 2.0.")
  @Nullable String file;

  @Option(names = "--write", description = "Replace FILE instead of printing.")
  boolean write;

  @Option(names = "--lenient", description = "Accept and keep unknown keys.")
  boolean lenient;

  @Override
  public Integer call() {
    if (write && (file == null || file.equals("-"))) {
      throw new ParameterException(spec.commandLine(), "--write needs a FILE to replace");
    }
    Loader loader = new Loader(lenient, parent.stdin);
    Optional<Loader.Loaded> read = loader.loadOrPrint(file, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return Cep.UNREADABLE;
    }
    Loader.Loaded loaded = read.get();
    byte[] canonical = loader.codec().toBuilder().pretty(true).build().encodeToBytes(loaded.roadmap());
    if (!write) {
      spec.commandLine().getOut().print(new String(canonical, java.nio.charset.StandardCharsets.UTF_8));
      return Cep.OK;
    }
    try {
      OutputFile.write(Path.of(file), canonical);
      return Cep.OK;
    } catch (OutputFile.Refused refused) {
      Cep.printError(spec.commandLine().getErr(), refused.getMessage());
      return Cep.UNREADABLE;
    }
  }
}
