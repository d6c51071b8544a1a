package io.github.ceproadmap.examples.cli;

import io.github.ceproadmap.examples.render.HtmlPage;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import java.io.IOException;
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
        + " organisations, and validation findings marked where they apply.")
final class RenderCommand implements Callable<Integer> {
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
    Loader.Loaded loaded;
    try {
      loaded = new Loader(lenient, parent.stdin).load(file);
    } catch (Loader.Failure failure) {
      spec.commandLine().getErr().println("cep: " + failure.oneLine());
      return Cep.UNREADABLE;
    }
    Validator.Builder validator = Validator.builder();
    if (asOf != null) {
      validator.asOf(asOf);
    }
    List<Finding> findings = validator.build().validate(loaded.roadmap()).findings();
    String html = HtmlPage.render(loaded.roadmap(), findings, Optional.ofNullable(asOf));
    try {
      AtomicFile.write(out, html.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      spec.commandLine().getErr().println("cep: " + out + ": cannot write: " + e.getMessage());
      return Cep.UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + out + " (" + loaded.roadmap().allActions().size()
        + " actions, " + findings.size() + " findings)");
    return Cep.OK;
  }
}
