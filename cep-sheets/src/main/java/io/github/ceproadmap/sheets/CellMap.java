package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of an imported roadmap stands: JSON Pointers of the model (the ones findings
 * carry, such as {@code /projects/0/leads/1}) to the cells that held the values. The sheets'
 * counterpart of the JSON codec's source map, handed beside the roadmap, never inside it.
 *
 * <p>A value of a list held in one cell (a project's leads, one per line) maps to that cell; an
 * object (an action, a project) maps to the first cell of its row.
 */
public final class CellMap {
  private final Map<DocumentPointer, CellRef> cells;

  CellMap(Map<DocumentPointer, CellRef> cells) {
    this.cells = Collections.unmodifiableMap(new HashMap<>(cells));
  }

  /**
   * Returns the cell that held the value at {@code pointer}, or the nearest enclosing value that
   * the map knows (the row of an object whose member had no cell of its own).
   *
   * @param pointer a pointer into the roadmap, such as {@code /pathways/1/actions/0/id}
   * @return the cell, or empty if neither the value nor anything enclosing it came from a cell
   */
  public Optional<CellRef> find(DocumentPointer pointer) {
    for (Optional<DocumentPointer> p = Optional.of(pointer); p.isPresent(); p = p.get().parent()) {
      CellRef cell = cells.get(p.get());
      if (cell != null) {
        return Optional.of(cell);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how many pointers the map places.
   *
   * @return the number of entries
   */
  public int size() {
    return cells.size();
  }

  /**
   * Returns a short description for debugging.
   *
   * @return the number of entries
   */
  @Override
  public String toString() {
    return "CellMap[" + cells.size() + " cells]";
  }
}
