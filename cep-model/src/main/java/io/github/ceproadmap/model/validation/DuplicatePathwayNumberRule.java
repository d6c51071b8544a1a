package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code duplicate-pathway-number}: each later pathway that repeats an earlier one's number. */
final class DuplicatePathwayNumberRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_PATHWAY_NUMBER,
          Severity.ERROR,
          "Duplicate pathway number",
          "two pathways share a number",
          "Give each pathway its own number; renumber its actions with it.",
          "two pathways numbered 4: number the later one 6 and its actions 6.1, 6.2, ...",
          List.of(
              Value.of("number", "the repeated pathway number"),
              Duplicates.timesValue("number")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.pathways(),
        Pathway::number,
        (number, index, first, occurrence) ->
            context.report(
                DocumentPointer.of(DocumentKeys.PATHWAYS, index, DocumentKeys.NUMBER),
                "pathway number " + number + " is used " + Duplicates.times(occurrence),
                DocumentPointer.of(DocumentKeys.PATHWAYS, first, DocumentKeys.NUMBER),
                Map.of("number", number, "times", occurrence)));
  }
}
