package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.model.diff.Change;
import io.github.ceproadmap.model.diff.RoadmapDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cep diff}: what changed between two roadmaps. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "List what changed from OLD to NEW: actions added, removed, retitled, moved to"
        + " another axis or renumbered; pathways, axes, organisations and projects (field by"
        + " field). Items that share an id are paired in document order. Both documents are"
        + " needed; at most one may be '-'.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:nothing changed", " 1:something changed",
      " 2:a document could not be read or decoded", Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class DiffCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old document ('-': stdin).")
  String oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new document ('-': stdin).")
  String newFile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.TEXT;

  @Option(names = "--lenient", description = "Accept unknown keys.")
  boolean lenient;

  @Override
  public Integer call() {
    if (oldFile.equals("-") && newFile.equals("-")) {
      throw new ParameterException(spec.commandLine(),
          "OLD and NEW cannot both be standard input ('-')");
    }
    List<Change> changes;
    try {
      Loader loader = new Loader(lenient, parent.stdin);
      changes = RoadmapDiff.between(loader.load(oldFile).roadmap(), loader.load(newFile).roadmap());
    } catch (Loader.Failure failure) {
      Cep.printError(spec.commandLine().getErr(), failure.oneLine());
      return Cep.UNREADABLE;
    }
    StringBuilder out = new StringBuilder();
    if (format == Format.TEXT) {
      changes.forEach(change -> out.append(TerminalText.escape(change.description())).append('\n'));
      out.append(changes.size()).append(changes.size() == 1 ? " change\n" : " changes\n");
    } else {
      List<Object> list = new ArrayList<>();
      for (Change change : changes) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("kind", change.kind().id());
        entry.put("subject", change.subject());
        change.before().ifPresent(before -> entry.put("before", before));
        change.after().ifPresent(after -> entry.put("after", after));
        entry.put("description", change.description());
        list.add(entry);
      }
      out.append(JsonOutput.of(Map.of("changes", list)));
    }
    spec.commandLine().getOut().print(out);
    return changes.isEmpty() ? Cep.OK : Cep.FINDINGS;
  }
}
