package io.github.ceproadmap.render;

import io.github.ceproadmap.model.internal.Quoting;

/**
 * The one function every text meant for a terminal goes through: document text, file names,
 * Jackson's messages, option values. C0 and C1 control characters, DEL, Unicode bidirectional
 * controls, line and paragraph separators and lone surrogates are shown as {@code \\uXXXX}, so
 * that no text can drive the terminal (ESC c resets it), reorder what is shown, or start a line
 * that looks like a line of the command's own (a forged finding). It is the escaping that
 * findings' quotes use, so a value looks the same wherever it is shown.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * Returns {@code text} safe to print: see the class description.
   *
   * @param text any text
   * @return the text with every unsafe character escaped; the same text if it has none
   */
  public static String escape(CharSequence text) {
    return Quoting.escape(text);
  }
}
