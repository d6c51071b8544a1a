package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;

/**
 * {@code action-pathway-mismatch}: an action whose id names another pathway than the one that
 * holds it (0 for the cross-cutting actions).
 */
final class ActionPathwayMismatchRule implements Rule {
  @Override
  public String id() {
    return StandardRules.ACTION_PATHWAY_MISMATCH;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "an action's id names another pathway than the one that holds it (cross-cutting: 0)";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      for (int j = 0; j < group.actions().size(); j++) {
        if (!group.holdsOwnId(j)) {
          Action action = group.actions().get(j);
          context.report(
              group.pointer(j, "id"),
              "action " + action.id() + " is " + group.where() + " but its id names pathway "
                  + action.id().pathway());
        }
      }
    }
  }
}
