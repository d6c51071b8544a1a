package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.sheets.RoadmapSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cep export}: writes a roadmap as an XLSX workbook or a folder of CSV files. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the roadmap as spreadsheets: a .xlsx path writes a workbook, any other"
        + " path a folder of CSV files (one per sheet). See docs/spreadsheets.md.",
        "Exit 0 on success, 2 if the input cannot be read or the output written, 64 on wrong"
            + " usage."})
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The roadmap: a document, '-' for standard input, a workbook or a CSV folder;"
          + " none exports the built-in Roadmap 2.0.")
  @Nullable String file;

  @Option(names = "--out", paramLabel = "PATH", required = true,
      description = "A .xlsx file to write, or a folder to write CSV files into.")
  Path out;

  @Option(names = "--lenient", description = "Accept unknown keys (kept as extension columns).")
  boolean lenient;

  @Override
  public Integer call() {
    Optional<Loader.Loaded> read =
        new Loader(lenient, parent.stdin).loadOrPrint(file, spec.commandLine().getErr());
    if (read.isEmpty()) {
      return Cep.UNREADABLE;
    }
    Loader.Loaded loaded = read.get();
    RoadmapSheets sheets = RoadmapSheets.defaults();
    try {
      if (String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        OutputFile.write(out, sheets.toWorkbook(loaded.roadmap()));
      } else {
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> csv : sheets.toCsvFiles(loaded.roadmap()).entrySet()) {
          OutputFile.write(out.resolve(csv.getKey()), csv.getValue());
        }
      }
    } catch (OutputFile.Refused refused) {
      Cep.printError(spec.commandLine().getErr(), refused.getMessage());
      return Cep.UNREADABLE;
    } catch (IOException e) {
      Cep.printError(spec.commandLine().getErr(), out + ": cannot write: " + e.getMessage());
      return Cep.UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + TerminalText.escape(out.toString()) + " ("
        + loaded.roadmap().allActions().size() + " actions, "
        + loaded.roadmap().projects().size() + " projects)");
    return Cep.OK;
  }
}
