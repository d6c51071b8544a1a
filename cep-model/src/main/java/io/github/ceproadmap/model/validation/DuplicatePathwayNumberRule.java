package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;

/** {@code duplicate-pathway-number}: each later pathway that repeats an earlier one's number. */
final class DuplicatePathwayNumberRule implements Rule {
  @Override
  public String id() {
    return StandardRules.DUPLICATE_PATHWAY_NUMBER;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "two pathways share a number";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.pathways(),
        Pathway::number,
        (number, index, first, occurrence) ->
            context.report(
                DocumentPointer.of("pathways", index, "number"),
                "pathway number " + number + " is used " + Duplicates.times(occurrence),
                DocumentPointer.of("pathways", first, "number")));
  }
}
