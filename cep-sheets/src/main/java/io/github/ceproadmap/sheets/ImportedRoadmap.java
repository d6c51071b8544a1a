package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Roadmap;
import java.util.List;
import java.util.Objects;

/** A roadmap read from a workbook or a CSV folder, with the cells its values came from. */
public final class ImportedRoadmap {
  private final Roadmap roadmap;
  private final CellMap cells;
  private final List<SheetNote> notes;

  ImportedRoadmap(Roadmap roadmap, CellMap cells) {
    this(roadmap, cells, List.of());
  }

  ImportedRoadmap(Roadmap roadmap, CellMap cells, List<SheetNote> notes) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.cells = Objects.requireNonNull(cells, "cells");
    this.notes = List.copyOf(notes);
  }

  /**
   * Returns the roadmap, held exactly as the sheets give it, consistent or not.
   *
   * @return the roadmap
   */
  public Roadmap roadmap() {
    return roadmap;
  }

  /**
   * Returns where each value of the roadmap stood, to place findings on cells.
   *
   * @return the cell map
   */
  public CellMap cells() {
    return cells;
  }

  /**
   * Returns what the import did that a person should know, at its cell: for a matrix, each
   * action that stood in another pathway's column and was placed by its id.
   *
   * @return the notes in reading order; empty for a workbook or CSV folder
   */
  public List<SheetNote> notes() {
    return notes;
  }
}
