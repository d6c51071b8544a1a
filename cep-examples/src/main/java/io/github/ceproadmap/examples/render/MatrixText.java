package io.github.ceproadmap.examples.render;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.List;

/**
 * The roadmap matrix as plain text for a terminal, or as a Markdown table: pathways as columns,
 * axes as rows, each cell listing its actions' ids and titles, cross-cutting actions below.
 */
public final class MatrixText {
  private static final int AXIS_COLUMN = 14;

  private MatrixText() {}

  /**
   * Renders the matrix as a grid of at most {@code width} characters a line, titles wrapped
   * within their cells.
   *
   * @param roadmap the roadmap
   * @param width the line width to fit, at least 40
   * @return the text, ending with a newline
   */
  public static String text(Roadmap roadmap, int width) {
    StringBuilder out = new StringBuilder();
    out.append(heading(roadmap)).append("\n\n");
    List<Pathway> pathways = roadmap.pathways();
    int columns = Math.max(1, pathways.size());
    int cell = Math.max(12, (Math.max(40, width) - AXIS_COLUMN - 1) / columns - 3);
    String rule = "-".repeat(AXIS_COLUMN) + ("-+-" + "-".repeat(cell)).repeat(columns) + "\n";

    List<List<String>> header = new ArrayList<>();
    for (Pathway pathway : pathways) {
      header.add(Wrap.lines(pathway.number() + " " + pathway.title(), cell));
    }
    appendRow(out, Wrap.lines("", AXIS_COLUMN), header, cell);
    for (Rows.Row row : Rows.of(roadmap)) {
      out.append(rule);
      List<List<String>> cells = new ArrayList<>();
      for (Pathway pathway : pathways) {
        List<String> lines = new ArrayList<>();
        for (Action action : row.actions(pathway)) {
          lines.addAll(Wrap.lines(action.id() + " " + action.title(), cell, 2));
        }
        cells.add(lines);
      }
      appendRow(out, Wrap.lines(row.title(), AXIS_COLUMN), cells, cell);
    }
    out.append(rule);
    if (!roadmap.crossCuttingActions().isEmpty()) {
      out.append("\nCross-cutting actions\n");
      for (Action action : roadmap.crossCuttingActions()) {
        out.append("  ").append(action.id()).append(' ').append(action.title())
            .append(" (").append(action.axis()).append(")\n");
      }
    }
    return out.toString();
  }

  /**
   * Renders the matrix as a GitHub-flavoured Markdown table, actions within a cell separated by
   * {@code <br>}, cross-cutting actions in a list below.
   *
   * @param roadmap the roadmap
   * @return the Markdown, ending with a newline
   */
  public static String markdown(Roadmap roadmap) {
    StringBuilder out = new StringBuilder("# ").append(md(heading(roadmap))).append("\n\n|   |");
    for (Pathway pathway : roadmap.pathways()) {
      out.append(' ').append(pathway.number()).append(' ').append(md(pathway.title())).append(" |");
    }
    out.append("\n|---|").append("---|".repeat(roadmap.pathways().size())).append('\n');
    for (Rows.Row row : Rows.of(roadmap)) {
      out.append("| **").append(md(row.title())).append("** |");
      for (Pathway pathway : roadmap.pathways()) {
        List<String> entries = new ArrayList<>();
        for (Action action : row.actions(pathway)) {
          entries.add(action.id() + " " + md(action.title()));
        }
        out.append(' ').append(String.join("<br>", entries)).append(" |");
      }
      out.append('\n');
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

  /** Escapes what Markdown would read as table syntax or markup, and folds line breaks. */
  private static String md(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("|\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
