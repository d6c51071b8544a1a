package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.Roadmap;
import java.util.Objects;

/** A roadmap read from a workbook or a CSV folder, with the cells its values came from. */
public final class ImportedRoadmap {
  private final Roadmap roadmap;
  private final CellMap cells;

  ImportedRoadmap(Roadmap roadmap, CellMap cells) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.cells = Objects.requireNonNull(cells, "cells");
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
}
