package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
          "pathway 5 has no company action: add one if the source roadmap lists one");

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Set<String> axisOrder = new LinkedHashSet<>();
    roadmap.axes().forEach(axis -> axisOrder.add(axis.id()));
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      if (group.isCrossCutting()) {
        continue;
      }
      Set<String> used = new HashSet<>();
      for (Action action : group.actions()) {
        if (axisOrder.contains(action.axis())) {
          used.add(action.axis());
        }
      }
      int empty = axisOrder.size() - used.size();
      if (empty > 0) {
        context.report(group.pointer(), message(group.pathwayNumber(), empty, axisOrder, used));
      }
    }
  }

  /**
   * One finding a pathway, naming at most {@value #NAMED} of its empty axes: one finding per
   * empty cell would grow with pathways times axes. The walk stops after the axes it names, so
   * it passes at most the pathway's used axes on the way: time stays linear too.
   */
  private static String message(int pathway, int empty, Set<String> axisOrder, Set<String> used) {
    List<String> named = new ArrayList<>();
    for (String axis : axisOrder) {
      if (named.size() == Math.min(NAMED, empty)) {
        break;
      }
      if (!used.contains(axis)) {
        named.add(Quoting.quote(axis));
      }
    }
    String message = "pathway " + pathway + " has no action on "
        + (empty == 1 ? "axis " : empty + " axes: ") + String.join(", ", named);
    return empty > named.size() ? message + " and " + (empty - named.size()) + " more" : message;
  }
}
