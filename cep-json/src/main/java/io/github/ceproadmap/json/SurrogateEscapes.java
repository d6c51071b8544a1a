package io.github.ceproadmap.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import tools.jackson.core.TokenStreamLocation;

/**
 * Hands the parser each escape of a surrogate (<code>&#92;uD800</code> to <code>&#92;uDFFF</code>)
 * as the one character it stands for. Jackson 3 reads an escaped lone surrogate in a string value
 * but refuses it in a key ("Broken surrogate pair in property name"), though both are valid JSON;
 * it reads the character itself in both, and the character means exactly what the escape means.
 * No Jackson feature or documented hook changes how names are decoded, so the codec's text input
 * passes through here. Only characters are touched, after UTF-8 decoding: raw bytes are checked
 * as strictly as before. An escape outside a string stays malformed, as a character there.
 *
 * <p>Each escape read as one character moves what follows it on its line five columns to the
 * left; {@link #column} gives the column in the document as written.
 */
final class SurrogateEscapes extends Reader {
  private static final int BUFFER_SIZE = 8192;
  /** The length of an escape <code>&#92;uXXXX</code>: the characters one character replaces. */
  private static final int ESCAPE = 6;

  private final Reader source;
  private final char[] text = new char[BUFFER_SIZE];
  /** Handed out: {@code text[0, next)}; ready: up to {@code ready}; held back: up to {@code end}. */
  private int next;
  private int ready;
  private int end;
  private boolean endOfInput;
  /** Characters handed out before {@code text[0]}. */
  private long passed;
  /** Where, counted in characters handed out, each escape read as one character stands. */
  private long[] collapsed = new long[0];
  private int count;

  private SurrogateEscapes(Reader source) {
    this.source = source;
  }

  /** The characters of {@code source} with every surrogate escape read as its character. */
  static SurrogateEscapes of(Reader source) {
    return new SurrogateEscapes(source);
  }

  /** Tells whether {@code text} holds an escape of a surrogate, which {@link #of} must read. */
  static boolean needed(String text) {
    for (int i = text.indexOf("\\u"); i >= 0; i = text.indexOf("\\u", i + 2)) {
      if (i + 3 < text.length() && isSurrogateStart(text.charAt(i + 2), text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The characters of {@code text} with every surrogate escape read as its character. */
  static SurrogateEscapes of(String text) {
    return new SurrogateEscapes(new StringReader(text));
  }

  @Override
  public int read(char[] into, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    while (next == ready) {
      if (endOfInput && ready == end) {
        return -1;
      }
      fill();
    }
    int n = Math.min(count, ready - next);
    System.arraycopy(text, next, into, offset, n);
    next += n;
    return n;
  }

  /** Moves the held-back characters to the front, reads more after them and collapses escapes. */
  private void fill() throws IOException {
    passed += ready;
    System.arraycopy(text, ready, text, 0, end - ready);
    end -= ready;
    next = 0;
    ready = 0;
    int n = source.read(text, end, text.length - end);
    if (n < 0) {
      endOfInput = true;
    } else {
      end += n;
    }
    collapse();
  }

  /**
   * Reads {@code text[0, end)} in place, an escape at a time, into {@code text[0, ready)}; an
   * escape that may go on past {@code end} is held back, unless the input has ended.
   */
  private void collapse() {
    int write = 0;
    int i = 0;
    while (i < end) {
      char c = text[i];
      if (c != '\\') {
        text[write++] = c;
        i++;
        continue;
      }
      int length = i + 1 < end && text[i + 1] != 'u' ? 2 : ESCAPE;
      if (i + length > end) {
        if (!endOfInput) {
          break;
        }
        length = end - i;
      }
      if (length == ESCAPE && isSurrogateStart(text[i + 2], text[i + 3])
          && hex(text[i + 4]) >= 0 && hex(text[i + 5]) >= 0) {
        record(passed + write);
        text[write++] = (char) (hex(text[i + 2]) << 12 | hex(text[i + 3]) << 8
            | hex(text[i + 4]) << 4 | hex(text[i + 5]));
      } else {
        System.arraycopy(text, i, text, write, length);
        write += length;
      }
      i += length;
    }
    System.arraycopy(text, i, text, write, end - i);
    ready = write;
    end = write + (end - i);
  }

  private void record(long at) {
    if (count == collapsed.length) {
      collapsed = Arrays.copyOf(collapsed, Math.max(8, count * 2));
    }
    collapsed[count++] = at;
  }

  /**
   * Returns the column, in the document as written, of a location the parser gave on the text
   * read through here.
   */
  int column(TokenStreamLocation at) {
    int column = at.getColumnNr();
    long offset = at.getCharOffset();
    if (count == 0 || offset < 0 || column < 1) {
      return column;
    }
    long lineStart = offset - (column - 1);
    return column + (ESCAPE - 1) * (countBefore(offset) - countBefore(lineStart));
  }

  /** How many escapes were read as one character before {@code offset}. */
  private int countBefore(long offset) {
    int found = Arrays.binarySearch(collapsed, 0, count, offset);
    return found >= 0 ? found : -found - 1;
  }

  private static boolean isSurrogateStart(char first, char second) {
    return (first == 'd' || first == 'D') && hex(second) >= 8;
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  /** Does not close the source, which belongs to the caller. */
  @Override
  public void close() {}
}
