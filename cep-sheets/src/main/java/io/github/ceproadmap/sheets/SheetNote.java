package io.github.ceproadmap.sheets;

import java.util.Objects;

/**
 * Something an import did that a person should know about, at its cell: an action of the matrix
 * that stood in another pathway's column and was placed by its id.
 *
 * @param cell where it happened
 * @param message what happened, such as {@code action 3.4 stands in the column of pathway 4;
 *     placed in pathway 3 by its id}
 */
public record SheetNote(CellRef cell, String message) {
  /**
   * Checks that no component is null.
   *
   * @param cell see {@link #cell()}
   * @param message see {@link #message()}
   */
  public SheetNote {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the cell and the message: {@code matrix.tsv: row 4, column 5: action 3.4 stands ...}.
   *
   * @return the note for a message
   */
  @Override
  public String toString() {
    return cell + ": " + message;
  }
}
