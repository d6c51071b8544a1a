package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code action-axis-order}: within a pathway, an action on a later axis whose sequence number is
 * below the highest one on the earlier axes. Repeated ids are {@code duplicate-action-id}'s
 * findings, and actions on undeclared axes or with another pathway's id are other rules'
 * findings: none of them takes part.
 */
final class ActionAxisOrderRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.ACTION_AXIS_ORDER,
          Severity.WARNING,
          "Action out of axis order",
          "within a pathway, an action on a later axis has a sequence number below one on an "
              + "earlier axis",
          "Number a pathway's actions axis by axis in the order the axes are declared.",
          "2.1 is a government action after company action 2.3: renumber so company actions come "
              + "first");

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Map<String, Integer> axisOrder = new HashMap<>();
    roadmap.axes().forEach(axis -> axisOrder.putIfAbsent(axis.id(), axisOrder.size()));
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      if (!group.isCrossCutting()) {
        check(group, axisOrder, context);
      }
    }
  }

  private static void check(
      ActionGroup group, Map<String, Integer> axisOrder, RuleContext context) {
    // Bucket first, so the walk over the axes below stays linear.
    // An id seen before is a duplicate, duplicate-action-id's finding: a defect is reported once.
    Map<String, List<Integer>> indexesByAxis = new HashMap<>();
    Set<io.github.ceproadmap.model.ActionId> seen = new java.util.HashSet<>();
    for (int j = 0; j < group.actions().size(); j++) {
      String axis = group.actions().get(j).axis();
      boolean first = seen.add(group.actions().get(j).id());
      if (first && group.holdsOwnId(j) && axisOrder.containsKey(axis)) {
        indexesByAxis.computeIfAbsent(axis, a -> new ArrayList<>()).add(j);
      }
    }
    // Only the axes this pathway uses, in declared order: walking every declared axis in every
    // pathway would take time in proportion to pathways times axes.
    List<Map.Entry<String, List<Integer>>> usedAxes = new ArrayList<>(indexesByAxis.entrySet());
    usedAxes.sort(java.util.Comparator.comparing(entry -> axisOrder.getOrDefault(entry.getKey(), 0)));
    int highest = 0;
    int highestIndex = -1;
    for (Map.Entry<String, List<Integer>> used : usedAxes) {
      String axis = used.getKey();
      int axisHighest = 0;
      int axisHighestIndex = -1;
      for (int j : used.getValue()) {
        Action action = group.actions().get(j);
        int sequence = action.id().sequence();
        if (sequence < highest) {
          Action earlier = group.actions().get(highestIndex);
          context.report(
              group.pointer(j, "id"),
              "action " + action.id() + " on axis " + Quoting.quote(axis)
                  + " is numbered below " + earlier.id() + " on the earlier axis "
                  + Quoting.quote(earlier.axis()),
              group.pointer(highestIndex, "id"));
        }
        if (sequence > axisHighest) {
          axisHighest = sequence;
          axisHighestIndex = j;
        }
      }
      if (axisHighest > highest) {
        highest = axisHighest;
        highestIndex = axisHighestIndex;
      }
    }
  }
}
