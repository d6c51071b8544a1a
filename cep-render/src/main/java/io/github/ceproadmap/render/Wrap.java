package io.github.ceproadmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps text for fixed-width cells at word boundaries; a word is broken, with a hyphen, only
 * when it alone is wider than the cell. Unsafe characters are escaped by {@link TerminalText}
 * first, so an escape is as wide as it is shown.
 */
final class Wrap {
  private Wrap() {}

  /** Returns {@code text} broken into lines of at most {@code width} characters. */
  static List<String> lines(String text, int width) {
    return lines(text, width, 0);
  }

  /**
   * Returns {@code text} broken into lines of at most {@code width} characters, every line but
   * the first indented by {@code hanging} spaces (so that an action's id stands out).
   */
  static List<String> lines(String text, int width, int hanging) {
    List<String> lines = new ArrayList<>();
    String indent = " ".repeat(hanging);
    String line = "";
    for (String word : TerminalText.escape(text).trim().split(" +")) {
      while (!word.isEmpty()) {
        int limit = lines.isEmpty() ? width : width - hanging;
        if (line.isEmpty() && word.length() > limit) {
          int cut = limit > 1 ? limit - 1 : limit;
          if (cut > 1 && Character.isHighSurrogate(word.charAt(cut - 1))) {
            cut--;
          }
          lines.add((lines.isEmpty() ? "" : indent) + word.substring(0, cut)
              + (cut < limit ? "-" : ""));
          word = word.substring(cut);
        } else if (line.isEmpty() || line.length() + 1 + word.length() <= limit) {
          line = line.isEmpty() ? word : line + " " + word;
          word = "";
        } else {
          lines.add((lines.isEmpty() ? "" : indent) + line);
          line = "";
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add((lines.isEmpty() ? "" : indent) + line);
    }
    return lines;
  }
}
