package io.github.ceproadmap.json;

/**
 * The line and column of the next character of a document's text, counted in characters, as
 * every decode error reports them: a line ends at a line feed, a carriage return, or both
 * together. The one line counter of {@link DocumentText} and {@link DocumentInput}.
 */
final class TextPlace {
  private int line = 1;
  private long lineStart;
  private long counted;
  private boolean afterCarriageReturn;

  /** Moves past the characters of {@code text} from {@code from} to {@code to}. */
  void advance(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      advance(text.charAt(i));
    }
  }

  /** Moves past {@code n} characters of {@code text} from {@code offset}. */
  void advance(char[] text, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      advance(text[i]);
    }
  }

  private void advance(char c) {
    counted++;
    if (c == '\n' || c == '\r') {
      if (!(c == '\n' && afterCarriageReturn)) {
        line++;
      }
      lineStart = counted;
    }
    afterCarriageReturn = c == '\r';
  }

  int line() {
    return line;
  }

  int column() {
    return (int) Math.min(Integer.MAX_VALUE, counted - lineStart + 1);
  }
}
