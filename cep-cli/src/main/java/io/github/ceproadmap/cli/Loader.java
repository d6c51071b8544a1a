package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.DecodeLimits;
import io.github.ceproadmap.json.DecodedRoadmap;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapDecodeException;
import io.github.ceproadmap.json.SourceLocation;
import io.github.ceproadmap.json.SourceMap;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.RuleCatalog;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.sheets.CellMap;
import io.github.ceproadmap.sheets.CellRef;
import io.github.ceproadmap.sheets.ImportedRoadmap;
import io.github.ceproadmap.sheets.RoadmapSheets;
import io.github.ceproadmap.sheets.SheetReadException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads and decodes the documents a command names, turning every failure into one line. */
final class Loader {
  /** The report's rule for a file that could not be read. */
  static final RuleDescription READ_ERROR = RuleCatalog.READ_ERROR;

  /** The report's rule for a file that is not a format 1.0 roadmap document. */
  static final RuleDescription DECODE_ERROR = RuleCatalog.DECODE_ERROR;

  /**
   * A decoded document with what places findings in it: the source map (lines and columns) of a
   * JSON document, or the cell map of a workbook or CSV folder.
   */
  record Loaded(Input input, Roadmap roadmap, @Nullable SourceMap sourceMap,
      @Nullable CellMap cells) {
    /** The line and column, or the cell, of the value at {@code pointer}. */
    DocumentReport.Place place(DocumentPointer pointer) {
      if (cells != null) {
        return cells.find(pointer)
            .map(cell -> new DocumentReport.Place(
                cell.row(), cell.column(), Optional.of(cellName(cell))))
            .orElse(new DocumentReport.Place(0, 0, Optional.empty()));
      }
      return DocumentReport.Place.of(java.util.Objects.requireNonNull(sourceMap).locate(pointer));
    }
  }

  /**
   * A cell as reports name it after the file: {@code Projects!F2} in a workbook, {@code
   * actions.csv: row 2, column 2} in a CSV folder.
   */
  static String cellName(CellRef cell) {
    return cell.sheet().isPresent() ? cell.place() : cell.toString();
  }

  /**
   * Why a document could not be loaded: it could not be read ({@code read-error}, no location)
   * or could not be decoded ({@code decode-error}, with line, column and pointer).
   */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String file;
    final String rule;
    final int line;
    final int column;
    final DocumentPointer pointer;
    final String problem;
    /** The cell that could not be read, for a workbook or CSV folder; else null. */
    final @Nullable CellRef cell;

    Failure(String file, SheetReadException e) {
      super(e.problem(), null, false, false);
      this.file = file;
      this.rule = "decode-error";
      this.line = 0;
      this.column = 0;
      this.pointer = DocumentPointer.root();
      this.cell = e.cell().orElse(null);
      String inner = e.file().equals(String.valueOf(Path.of(file).getFileName())) ? "" : e.file();
      this.problem = cell != null || inner.isEmpty() ? e.problem() : inner + ": " + e.problem();
    }

    Failure(String file, String rule, int line, int column, DocumentPointer pointer,
        String problem) {
      super(problem, null, false, false);
      this.file = file;
      this.rule = rule;
      this.line = line;
      this.column = column;
      this.pointer = pointer;
      this.problem = problem;
      this.cell = null;
    }

    /**
     * Returns the failure as one line: {@code file:line:column: problem}, or {@code file: cell:
     * problem} for a cell of a workbook or CSV folder.
     */
    String oneLine() {
      return file + (cell != null ? ": " + cellName(cell)
          : line > 0 ? ":" + line + ":" + column : "") + ": " + problem;
    }
  }

  private final RoadmapCodec codec;
  private final InputStream stdin;

  Loader(boolean lenient, InputStream stdin) {
    this.codec = lenient ? RoadmapCodec.lenient() : RoadmapCodec.strict();
    this.stdin = stdin;
  }

  /** Whether {@code argument} names a workbook or a folder (of CSV files), not a document. */
  static boolean isSpreadsheet(String argument) {
    if (argument.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
      return true;
    }
    try {
      return !argument.equals("-") && Files.isDirectory(Path.of(argument));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  RoadmapCodec codec() {
    return codec;
  }

  /**
   * Loads {@code argument} as {@link #load} does, or prints why it cannot in one line.
   *
   * @return the loaded document, or empty after the failure went to {@code err}
   */
  Optional<Loaded> loadOrPrint(@Nullable String argument, PrintWriter err) {
    try {
      return Optional.of(load(argument));
    } catch (Failure failure) {
      Cep.printError(err, failure.oneLine());
      return Optional.empty();
    }
  }

  /**
   * Loads {@code argument}, or the built-in edition 2.0 document if it is null: a workbook
   * ({@code .xlsx}) or a folder of CSV files is read as spreadsheets, anything else as JSON.
   */
  Loaded load(@Nullable String argument) throws Failure {
    if (argument != null && isSpreadsheet(argument)) {
      try {
        ImportedRoadmap imported = RoadmapSheets.defaults().read(Path.of(argument));
        return new Loaded(new Input(argument, new byte[0]), imported.roadmap(), null,
            imported.cells());
      } catch (SheetReadException e) {
        throw new Failure(argument, e);
      } catch (java.nio.file.InvalidPathException e) {
        throw new Failure(argument, "read-error", 0, 0, DocumentPointer.root(),
            "is not a valid path: " + e.getReason());
      }
    }
    Input input;
    try {
      input = argument == null
          ? Input.builtIn()
          : Input.read(argument, stdin, DecodeLimits.defaults().maxDocumentLength());
    } catch (Input.Unreadable e) {
      throw new Failure(argument == null ? Input.BUILT_IN : Input.nameOf(argument),
          READ_ERROR.id(),
          0, 0, DocumentPointer.root(), e.getMessage());
    }
    try {
      DecodedRoadmap decoded = codec.decodeWithSourceMap(input.bytes());
      return new Loaded(input, decoded.roadmap(), decoded.sourceMap(), null);
    } catch (RoadmapDecodeException e) {
      throw new Failure(input.name(), DECODE_ERROR.id(), e.line(), e.column(), e.pointer(),
          e.problem());
    }
  }
}
