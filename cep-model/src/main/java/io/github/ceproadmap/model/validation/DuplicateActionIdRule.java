package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code duplicate-action-id}: each later action of a group that repeats an earlier one's id. */
final class DuplicateActionIdRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_ACTION_ID,
          Severity.ERROR,
          "Duplicate action id",
          "two actions in one pathway (or among cross-cutting actions) share an id",
          "Give each action of a pathway its own sequence number; if the two entries are one "
              + "action, delete the second.",
          "pathway 4 holds \"4.3\" twice: renumber the second to the next free number, \"4.4\"",
          List.of(
              Value.of("id", "the repeated action id"),
              Duplicates.timesValue("id")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      Duplicates.forEachLater(
          group.actions(),
          Action::id,
          (id, index, first, occurrence) ->
              context.report(
                  group.pointer(index, DocumentKeys.ID),
                  "action id " + id + " is used " + Duplicates.times(occurrence) + " "
                      + group.where(),
                  group.pointer(first, DocumentKeys.ID),
                  Map.of("id", id, "times", occurrence)));
    }
  }
}
