package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
              + "first",
          List.of(
              Value.of("id", "the action id numbered too low"),
              Value.of("axis", "its axis"),
              Value.of("earlierId",
                  "the id of the higher-numbered action on an earlier axis")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    DeclaredAxes axisOrder = new DeclaredAxes(roadmap);
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      if (!group.isCrossCutting()) {
        check(group, axisOrder, context);
      }
    }
  }

  private static void check(
      ActionGroup group, DeclaredAxes axisOrder, RuleContext context) {
    List<Action> actions = group.actions();
    // An id seen before is a duplicate, duplicate-action-id's finding: a defect is reported once.
    boolean[] repeated = new boolean[actions.size()];
    Duplicates.forEachLater(
        actions, Action::id, (id, index, first, occurrence) -> repeated[index] = true);
    // The actions that take part, by declared axis, then in document order: one sort of
    // primitives instead of a list per axis, so the walk below stays linear in the pathway.
    long[] byAxis = new long[actions.size()];
    int count = 0;
    for (int j = 0; j < actions.size(); j++) {
      Integer axis = axisOrder.rank(actions.get(j).axis());
      if (!repeated[j] && group.holdsOwnId(j) && axis != null) {
        byAxis[count++] = (long) axis << 32 | j;
      }
    }
    Arrays.sort(byAxis, 0, count);
    int highest = 0;
    int highestIndex = -1;
    int axisHighest = 0;
    int axisHighestIndex = -1;
    for (int k = 0; k < count; k++) {
      if (k > 0 && byAxis[k] >>> 32 != byAxis[k - 1] >>> 32) {
        // The first action of the next axis: the axis before counts as earlier from here on.
        if (axisHighest > highest) {
          highest = axisHighest;
          highestIndex = axisHighestIndex;
        }
        axisHighest = 0;
        axisHighestIndex = -1;
      }
      int j = (int) byAxis[k];
      Action action = actions.get(j);
      int sequence = action.id().sequence();
      if (sequence < highest) {
        Action earlier = actions.get(highestIndex);
        context.report(
            group.pointer(j, DocumentKeys.ID),
            "action " + action.id() + " on axis " + Quoting.quote(action.axis())
                + " is numbered below " + earlier.id() + " on the earlier axis "
                + Quoting.quote(earlier.axis()),
            group.pointer(highestIndex, DocumentKeys.ID),
            Map.of("id", action.id(), "axis", action.axis(), "earlierId", earlier.id()));
      }
      if (sequence > axisHighest) {
        axisHighest = sequence;
        axisHighestIndex = j;
      }
    }
  }
}
