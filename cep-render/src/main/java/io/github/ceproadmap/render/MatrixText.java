package io.github.ceproadmap.render;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.List;

/**
 * The roadmap matrix as plain text for a terminal, or as Markdown tables: pathways as columns,
 * axes as rows, each cell listing its actions' ids and titles, cross-cutting actions below.
 *
 * <p>Pathways that do not fit side by side (in the width, or {@value #MARKDOWN_PATHWAYS} to a
 * Markdown table) are drawn in bands, one below the other. A band draws only the axes that hold
 * an action in its pathways, and a line counts the others. The output therefore grows with the
 * number of actions, not with pathways times axes. All document text goes through {@link
 * TerminalText}.
 */
public final class MatrixText {
  private static final int AXIS_COLUMN = 14;
  private static final int MIN_CELL = 12;
  private static final int SEPARATOR = 3;

  /** The narrowest text grid: the axis column and one pathway column of the smallest cell. */
  public static final int MIN_WIDTH = AXIS_COLUMN + 1 + SEPARATOR + MIN_CELL;

  /** How many pathways one Markdown table holds; more are drawn as further tables. */
  public static final int MARKDOWN_PATHWAYS = 8;

  private MatrixText() {}

  /**
   * Renders the matrix as a grid of at most {@code width} characters a line, titles wrapped
   * within their cells at word boundaries (a word wider than its cell is broken with a hyphen).
   *
   * @param roadmap the roadmap
   * @param width the line width to fit, at least {@link #MIN_WIDTH}
   * @return the text, ending with a newline
   * @throws IllegalArgumentException if {@code width} is below {@link #MIN_WIDTH}
   */
  public static String text(Roadmap roadmap, int width) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "expected a width of at least " + MIN_WIDTH + " but found " + width);
    }
    StringBuilder out = new StringBuilder();
    out.append(TerminalText.escape(heading(roadmap))).append('\n');
    Grid grid = new Grid(roadmap);
    int perBand = Math.max(1, (width - AXIS_COLUMN - 1) / (MIN_CELL + SEPARATOR));
    for (List<Integer> band : grid.bands(perBand)) {
      out.append('\n');
      int columns = Math.max(1, band.size());
      int cell = (width - AXIS_COLUMN - 1) / columns - SEPARATOR;
      String rule = "-".repeat(AXIS_COLUMN) + ("-+-" + "-".repeat(cell)).repeat(band.size())
          + "\n";
      List<List<String>> header = new ArrayList<>();
      for (int pathway : band) {
        Pathway shown = grid.pathway(pathway);
        header.add(Wrap.lines(shown.number() + " " + shown.title(), cell));
      }
      appendRow(out, Wrap.lines("", AXIS_COLUMN), header, cell);
      List<Integer> rows = grid.rowsHolding(band);
      for (int row : rows) {
        out.append(rule);
        List<List<String>> cells = new ArrayList<>();
        for (int pathway : band) {
          List<String> lines = new ArrayList<>();
          for (Action action : grid.actions(pathway, row)) {
            lines.addAll(Wrap.lines(action.id() + " " + action.title(), cell, 2));
          }
          cells.add(lines);
        }
        appendRow(out, Wrap.lines(grid.row(row).title(), AXIS_COLUMN), cells, cell);
      }
      out.append(rule);
      grid.notDrawn(band, rows.size()).ifPresent(note -> out.append(note).append('\n'));
    }
    if (!roadmap.crossCuttingActions().isEmpty()) {
      out.append("\nCross-cutting actions\n");
      for (Action action : roadmap.crossCuttingActions()) {
        for (String line : Wrap.lines(
            action.id() + " " + action.title() + " (" + action.axis() + ")", width - 2, 2)) {
          out.append("  ").append(line).append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * Renders the matrix as GitHub-flavoured Markdown tables of at most {@value
   * #MARKDOWN_PATHWAYS} pathways, actions within a cell separated by {@code <br>}, cross-cutting
   * actions in a list below.
   *
   * @param roadmap the roadmap
   * @return the Markdown, ending with a newline
   */
  public static String markdown(Roadmap roadmap) {
    StringBuilder out = new StringBuilder("# ").append(md(heading(roadmap))).append('\n');
    Grid grid = new Grid(roadmap);
    for (List<Integer> band : grid.bands(MARKDOWN_PATHWAYS)) {
      out.append("\n|   |");
      for (int pathway : band) {
        Pathway shown = grid.pathway(pathway);
        out.append(' ').append(shown.number()).append(' ').append(md(shown.title())).append(" |");
      }
      out.append("\n|---|").append("---|".repeat(band.size())).append('\n');
      List<Integer> rows = grid.rowsHolding(band);
      for (int row : rows) {
        out.append("| **").append(md(grid.row(row).title())).append("** |");
        for (int pathway : band) {
          List<String> entries = new ArrayList<>();
          for (Action action : grid.actions(pathway, row)) {
            entries.add(action.id() + " " + md(action.title()));
          }
          out.append(' ').append(String.join("<br>", entries)).append(" |");
        }
        out.append('\n');
      }
      grid.notDrawn(band, rows.size()).ifPresent(note -> out.append('\n').append(note).append('\n'));
    }
    if (!roadmap.crossCuttingActions().isEmpty()) {
      out.append("\n## Cross-cutting actions\n\n");
      for (Action action : roadmap.crossCuttingActions()) {
        out.append("- ").append(action.id()).append(' ').append(md(action.title()))
            .append(" (").append(md(action.axis())).append(")\n");
      }
    }
    return out.toString();
  }
  private static String heading(Roadmap roadmap) {
    return roadmap.title() + ", edition " + roadmap.edition()
        + roadmap.statusQuarter().map(quarter -> ", status " + quarter.label()).orElse("");
  }

  private static void appendRow(
      StringBuilder out, List<String> label, List<List<String>> cells, int cell) {
    int height = label.size();
    for (List<String> lines : cells) {
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      StringBuilder row = new StringBuilder(pad(line < label.size() ? label.get(line) : "", AXIS_COLUMN));
      for (List<String> lines : cells) {
        row.append(" | ").append(pad(line < lines.size() ? lines.get(line) : "", cell));
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /**
   * Escapes what a terminal must not get ({@link TerminalText}), then what Markdown would read
   * as table syntax or markup.
   */
  private static String md(String text) {
    String safe = TerminalText.escape(text);
    StringBuilder out = new StringBuilder(safe.length());
    for (char c : safe.toCharArray()) {
      if ("|\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
