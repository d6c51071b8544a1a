package io.github.ceproadmap.examples.cli;

import io.github.ceproadmap.json.DecodeLimits;
import io.github.ceproadmap.json.DecodedRoadmap;
import io.github.ceproadmap.json.DocumentReport;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapDecodeException;
import io.github.ceproadmap.json.SourceMap;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.RuleDescription;
import io.github.ceproadmap.model.validation.Severity;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/** Reads and decodes the documents a command names, turning every failure into one line. */
final class Loader {
  /** The report's rule for a file that could not be read. */
  static final RuleDescription READ_ERROR = new RuleDescription(DocumentReport.READ_ERROR, Severity.ERROR,
      "Unreadable file", "the file could not be read",
      "Check the file's name and permissions; '-' reads standard input.",
      "cep validate roadmap.json, not roadmap.jsn");

  /** The report's rule for a file that is not a format 1.0 roadmap document. */
  static final RuleDescription DECODE_ERROR = new RuleDescription(DocumentReport.DECODE_ERROR, Severity.ERROR,
      "Not a roadmap document", "the document is not a format 1.0 roadmap document",
      "Fix the JSON or the value at the line, column and pointer given; 'cep schema' prints the "
          + "format.",
      "\"id\": \"2.x\" at 14:19: write an action id such as \"2.5\"");

  /** A decoded document, with the source map that places findings on lines and columns. */
  record Loaded(Input input, Roadmap roadmap, SourceMap sourceMap) {}

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

    Failure(String file, String rule, int line, int column, DocumentPointer pointer,
        String problem) {
      super(problem, null, false, false);
      this.file = file;
      this.rule = rule;
      this.line = line;
      this.column = column;
      this.pointer = pointer;
      this.problem = problem;
    }

    /** Returns the failure as one line: {@code file:line:column: problem}. */
    String oneLine() {
      return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem;
    }
  }

  private final RoadmapCodec codec;
  private final InputStream stdin;

  Loader(boolean lenient, InputStream stdin) {
    this.codec = lenient ? RoadmapCodec.lenient() : RoadmapCodec.strict();
    this.stdin = stdin;
  }

  RoadmapCodec codec() {
    return codec;
  }

  /** Loads {@code argument}, or the built-in edition 2.0 document if it is null. */
  Loaded load(@Nullable String argument) throws Failure {
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
      return new Loaded(input, decoded.roadmap(), decoded.sourceMap());
    } catch (RoadmapDecodeException e) {
      throw new Failure(input.name(), DECODE_ERROR.id(), e.line(), e.column(), e.pointer(),
          e.problem());
    }
  }
}
