package io.github.ceproadmap.cli;

import io.github.ceproadmap.render.TerminalText;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.sheets.ImportedRoadmap;
import io.github.ceproadmap.sheets.RoadmapSheets;
import io.github.ceproadmap.sheets.SheetNote;
import io.github.ceproadmap.sheets.SheetReadException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code cep import}: reads a workbook, a CSV folder or a published matrix as a document. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Read a roadmap from spreadsheets and print it as a canonical format 1.0"
        + " document: an XLSX workbook or a folder of CSV files as 'cep export' writes them, or"
        + " with --matrix the roadmap matrix as slides and sheets publish it (TSV, CSV or XLSX).",
        "Exit 0 on success, 2 if a cell cannot be read (the message names the file and the"
            + " cell) or the output written, 64 on wrong usage."})
final class ImportCommand implements Callable<Integer> {
  @ParentCommand Cep parent;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH",
      description = "A .xlsx workbook or a folder of CSV files; with --matrix a .tsv, .txt, .csv"
          + " or .xlsx file.")
  Path path;

  @Option(names = "--matrix", description = "Read PATH as the published matrix: pathways by axes,"
      + " entries placed by their ids; misplaced entries are noted on standard error.")
  boolean matrix;

  @Option(names = "--out", paramLabel = "FILE.json",
      description = "Write the document to FILE.json instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    ImportedRoadmap imported;
    try {
      imported = matrix ? RoadmapSheets.defaults().readMatrix(path)
          : RoadmapSheets.defaults().read(path);
    } catch (SheetReadException e) {
      Cep.printError(spec.commandLine().getErr(), new Loader.Failure(path.toString(), e).oneLine());
      return Cep.UNREADABLE;
    }
    for (SheetNote note : imported.notes()) {
      Cep.printError(spec.commandLine().getErr(), "note: " + note);
    }
    byte[] document = RoadmapCodec.lenient().toBuilder().pretty(true).build()
        .encodeToBytes(imported.roadmap());
    if (out == null) {
      spec.commandLine().getOut().print(new String(document, StandardCharsets.UTF_8));
      return Cep.OK;
    }
    try {
      OutputFile.write(out, document);
    } catch (OutputFile.Refused refused) {
      Cep.printError(spec.commandLine().getErr(), refused.getMessage());
      return Cep.UNREADABLE;
    }
    spec.commandLine().getOut().println("wrote " + TerminalText.escape(out.toString()) + " ("
        + imported.roadmap().allActions().size() + " actions, "
        + imported.roadmap().projects().size() + " projects)");
    return Cep.OK;
  }
}
