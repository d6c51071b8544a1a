package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;

/** {@code duplicate-action-id}: each later action of a group that repeats an earlier one's id. */
final class DuplicateActionIdRule implements Rule {
  @Override
  public String id() {
    return StandardRules.DUPLICATE_ACTION_ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "two actions in one pathway (or among cross-cutting actions) share an id";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      Duplicates.forEachLater(
          group.actions(),
          Action::id,
          (id, index, first, occurrence) ->
              context.report(
                  group.pointer(index, "id"),
                  "action id " + id + " is used " + Duplicates.times(occurrence) + " "
                      + group.where(),
                  group.pointer(first, "id")));
    }
  }
}
