package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A roadmap's distinct axis ids in declared order, each with its rank, for the rules that look at
 * the axes a pathway's actions use: a rank lets them mark the axes used in an array instead of a
 * set per pathway.
 */
final class DeclaredAxes {
  private final Map<String, Integer> rank = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  /** By rank, the index in the roadmap's axes of the id's first declaration. */
  private final List<Integer> declared = new ArrayList<>();

  /** Takes the axes of {@code roadmap}; a repeated id keeps the rank of its first declaration. */
  DeclaredAxes(Roadmap roadmap) {
    List<ActionAxis> axes = roadmap.axes();
    for (int i = 0; i < axes.size(); i++) {
      String id = axes.get(i).id();
      if (rank.putIfAbsent(id, ids.size()) == null) {
        ids.add(id);
        declared.add(i);
      }
    }
  }

  /** Returns the rank of axis {@code id}, from 0 in declared order; null if none is declared. */
  @Nullable Integer rank(String id) {
    return rank.get(id);
  }

  /** Returns the pointer of the first declaration of the axis of rank {@code rank}. */
  DocumentPointer pointer(int rank) {
    return DocumentPointer.of(DocumentKeys.AXES, declared.get(rank));
  }

  /** Returns the distinct axis ids, in declared order. */
  List<String> ids() {
    return ids;
  }
}
