package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code action-pathway-mismatch}: an action whose id names another pathway than the one that
 * holds it (0 for the cross-cutting actions).
 */
final class ActionPathwayMismatchRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.ACTION_PATHWAY_MISMATCH,
          Severity.ERROR,
          "Action in another pathway",
          "an action's id names another pathway than the one that holds it (cross-cutting: 0)",
          "Move the action into the pathway its id names, or renumber it to the pathway that "
              + "holds it; a cross-cutting action's id starts with 0.",
          "action \"3.2\" listed under pathway 2: move it to pathway 3, or renumber it \"2.6\"",
          List.of(
              Value.of("id", "the action id"),
              Value.of("pathway",
                  "the number of the pathway that holds the action; 0 among the cross-cutting"
                      + " actions")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      for (int j = 0; j < group.actions().size(); j++) {
        if (!group.holdsOwnId(j)) {
          Action action = group.actions().get(j);
          context.report(
              group.pointer(j, DocumentKeys.ID),
              "action " + action.id() + " is " + group.where() + " but its id names pathway "
                  + action.id().pathway(),
              Map.of("id", action.id(), "pathway", group.pathwayNumber()));
        }
      }
    }
  }
}
