package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code empty-axis-in-pathway}: a declared axis on which a pathway holds no action, reported once
 * per pathway and axis, in axis order. The cross-cutting actions are not checked: they need not
 * fill every axis.
 */
final class EmptyAxisInPathwayRule implements Rule {
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
        used.add(action.axis());
      }
      for (String axis : axisOrder) {
        if (!used.contains(axis)) {
          context.report(
              group.pointer(),
              "pathway " + group.pathwayNumber() + " has no action on axis "
                  + Quoting.quote(axis));
        }
      }
    }
  }
}
