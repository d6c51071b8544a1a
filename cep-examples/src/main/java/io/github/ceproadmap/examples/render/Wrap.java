package io.github.ceproadmap.examples.render;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for fixed-width cells; control characters become spaces. */
final class Wrap {
  private Wrap() {}

  /** Returns {@code text} broken into lines of at most {@code width} characters. */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.replaceAll("\\p{Cntrl}", " ").trim().split(" +")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (!word.isEmpty()) {
        line.append(line.length() > 0 ? " " : "").append(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
