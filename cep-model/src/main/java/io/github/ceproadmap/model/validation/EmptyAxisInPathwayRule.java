package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code empty-axis-in-pathway}: declared axes on which a pathway holds no action, reported once
 * per pathway, naming the first three in axis order and counting the rest. The cross-cutting actions are not checked: they need not
 * fill every axis.
 */
final class EmptyAxisInPathwayRule implements Rule {
  /** The most empty axes a finding names; it counts the rest. */
  private static final int NAMED = 3;

  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.EMPTY_AXIS_IN_PATHWAY,
          Severity.INFO,
          "Empty axis in pathway",
          "a pathway has no action on some axis (pathway 5 has no company action)",
          "Nothing may be wrong: it tells where a pathway has no action on an axis. Add an "
              + "action if one is missing.",
          "pathway 5 has no company action: add one if the source roadmap lists one",
          List.of(
              Value.of("pathway", "the pathway number"),
              Value.of("count", "how many declared axes have no action in the pathway"),
              Value.of("axes", "where the first of those axes, at most " + NAMED
                  + ", are declared, such as /axes/2")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    DeclaredAxes axes = new DeclaredAxes(roadmap);
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      if (group.isCrossCutting()) {
        continue;
      }
      boolean[] used = new boolean[axes.ids().size()];
      int usedCount = 0;
      for (Action action : group.actions()) {
        Integer rank = axes.rank(action.axis());
        if (rank != null && !used[rank]) {
          used[rank] = true;
          usedCount++;
        }
      }
      int empty = used.length - usedCount;
      if (empty > 0) {
        List<Integer> named = firstEmpty(empty, axes.ids().size(), used);
        context.report(group.pointer(), message(group.pathwayNumber(), empty, named, axes),
            Map.of("pathway", group.pathwayNumber(), "count", empty,
                "axes", pointers(named, axes)));
      }
    }
  }

  /**
   * One finding a pathway, naming at most {@value #NAMED} of its empty axes: one finding per
   * empty cell would grow with pathways times axes. The walk stops after the axes it names, so
   * it passes at most the pathway's used axes on the way: time stays linear too.
   */
  private static List<Integer> firstEmpty(int empty, int axisCount, boolean[] used) {
    List<Integer> named = new ArrayList<>();
    for (int rank = 0; rank < axisCount; rank++) {
      if (named.size() == Math.min(NAMED, empty)) {
        break;
      }
      if (!used[rank]) {
        named.add(rank);
      }
    }
    return named;
  }

  /**
   * Returns where the axes of the {@code ranks} given are declared: pointers, not ids, so that
   * a value repeated on every pathway stays short however long an axis id is.
   */
  private static List<DocumentPointer> pointers(List<Integer> ranks, DeclaredAxes axes) {
    List<DocumentPointer> pointers = new ArrayList<>(ranks.size());
    ranks.forEach(rank -> pointers.add(axes.pointer(rank)));
    return pointers;
  }

  /** Names the axes of the {@code named} ranks, and counts the rest of the {@code empty} ones. */
  private static String message(int pathway, int empty, List<Integer> named, DeclaredAxes axes) {
    List<String> quoted = new ArrayList<>(named.size());
    named.forEach(rank -> quoted.add(Quoting.quote(axes.ids().get(rank))));
    String message = "pathway " + pathway + " has no action on "
        + (empty == 1 ? "axis " : empty + " axes: ") + String.join(", ", quoted);
    return empty > named.size() ? message + " and " + (empty - named.size()) + " more" : message;
  }
}
