package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code duplicate-axis-id}: each later axis that repeats an earlier one's id. */
final class DuplicateAxisIdRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_AXIS_ID,
          Severity.ERROR,
          "Duplicate axis id",
          "two axes share an id",
          "Declare each axis once; merge the two declarations or give the second its own id.",
          "\"company\" declared twice: delete the second declaration",
          List.of(
              Value.of("id", "the repeated axis id"),
              Duplicates.timesValue("id")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.axes(),
        ActionAxis::id,
        (id, index, first, occurrence) ->
            context.report(
                DocumentPointer.of(DocumentKeys.AXES, index, DocumentKeys.ID),
                "axis id " + Quoting.quote(id) + " is used " + Duplicates.times(occurrence),
                DocumentPointer.of(DocumentKeys.AXES, first, DocumentKeys.ID),
                Map.of("id", id, "times", occurrence)));
  }
}
