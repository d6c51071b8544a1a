package io.github.ceproadmap.json;

import org.jspecify.annotations.Nullable;

/**
 * A place in a document's text: a line and a column, both counted from 1.
 *
 * <p>Lines end at {@code \n}, {@code \r} or {@code \r\n}. Columns count UTF-16 characters (Java
 * {@code char}s) from the start of the line, whatever the input was: a document read from bytes
 * is decoded as UTF-8 first, so a column is the same whether the document came as a {@code
 * String} or as a file. A byte order mark at the start of a document is not counted.
 */
public final class SourceLocation {
  private final int line;
  private final int column;

  private SourceLocation(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the location at {@code line} and {@code column}.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return the location
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   */
  public static SourceLocation of(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "expected a line and a column from 1 but found " + line + ":" + column);
    }
    return new SourceLocation(line, column);
  }

  /**
   * Returns the line.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Two locations are equal when their lines and columns are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same location
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SourceLocation
        && ((SourceLocation) other).line == line
        && ((SourceLocation) other).column == column;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * line + column;
  }

  /**
   * Returns the location as {@code line:column}, such as {@code "14:19"}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
