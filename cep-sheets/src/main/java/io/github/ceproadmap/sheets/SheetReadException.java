package io.github.ceproadmap.sheets;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a workbook or a CSV folder cannot be read as a roadmap: a cell that does not hold
 * what its column needs (a number or a date where an id or a month belongs, a formula, an id that
 * is no id), a missing sheet or column, or a limit of {@link SheetLimits} exceeded.
 *
 * <p>The message reads like {@code roadmap.xlsx: Projects!C4: expected an action id like "2.5"
 * but found "2.x"}: the {@link #file() file}, the {@link #cell() cell} where there is one, then
 * the {@link #problem() problem}. Consistency between values (a duplicate id, an unknown
 * organisation) is no read error: the validator reports it, and the {@link CellMap} places its
 * findings on cells.
 */
public final class SheetReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The name of the file that could not be read. */
  private final String file;

  /** The cell of the problem; null for a problem with a whole file or sheet. */
  private final @Nullable CellRef cell;

  /** What is wrong, without the place. */
  private final String problem;

  /**
   * Creates an exception for a problem at {@code cell}.
   *
   * @param cell where the problem is
   * @param problem what is wrong
   */
  SheetReadException(CellRef cell, String problem) {
    super(cell + ": " + problem);
    this.file = cell.file();
    this.cell = cell;
    this.problem = problem;
  }

  /**
   * Creates an exception for a problem with a whole file or sheet.
   *
   * @param file the file name
   * @param problem what is wrong
   */
  SheetReadException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.cell = null;
    this.problem = problem;
  }

  /**
   * Returns the name of the file that could not be read.
   *
   * @return the file name, such as {@code "roadmap.xlsx"}
   */
  public String file() {
    return file;
  }

  /**
   * Returns the cell that holds the problem.
   *
   * @return the cell, or empty when the problem is the whole file or sheet (a zip bomb, a missing
   *     sheet)
   */
  public Optional<CellRef> cell() {
    return Optional.ofNullable(cell);
  }

  /**
   * Returns what is wrong, without the place.
   *
   * @return the problem, such as {@code expected an action id like "2.5" but found "2.x"}
   */
  public String problem() {
    return problem;
  }
}
