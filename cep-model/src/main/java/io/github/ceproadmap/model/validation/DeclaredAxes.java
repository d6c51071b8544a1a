package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Roadmap;
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

  /** Takes the axes of {@code roadmap}; a repeated id keeps the rank of its first declaration. */
  DeclaredAxes(Roadmap roadmap) {
    roadmap.axes().forEach(axis -> {
      if (rank.putIfAbsent(axis.id(), ids.size()) == null) {
        ids.add(axis.id());
      }
    });
  }

  /** Returns the rank of axis {@code id}, from 0 in declared order; null if none is declared. */
  @Nullable Integer rank(String id) {
    return rank.get(id);
  }

  /** Returns the distinct axis ids, in declared order. */
  List<String> ids() {
    return ids;
  }
}
