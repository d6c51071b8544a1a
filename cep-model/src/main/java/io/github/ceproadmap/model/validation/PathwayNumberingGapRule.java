package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code pathway-numbering-gap}: pathway numbers that do not run 1..n. Each number that follows a
 * gap is reported once, at the first pathway with that number.
 */
final class PathwayNumberingGapRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.PATHWAY_NUMBERING_GAP,
          Severity.WARNING,
          "Pathway numbering gap",
          "pathways are not numbered 1..n",
          "Number the pathways 1 to n without gaps, or add the missing pathways.",
          "pathways 1, 2, 4: number the third 3, or add pathway 3",
          List.of(
              Value.of("number", "the pathway number that follows the gap"),
              Value.of("firstMissing", "the first pathway number missing before it"),
              Value.of("lastMissing", "the last pathway number missing before it")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    long[] numbers = new long[roadmap.pathways().size()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = NumberingGaps.entry(roadmap.pathways().get(i).number(), i);
    }
    NumberingGaps.forEach(
        numbers,
        numbers.length,
        (number, previous, index) ->
            context.report(
                DocumentPointer.of(DocumentKeys.PATHWAYS, index, DocumentKeys.NUMBER),
                (previous == 0
                        ? "pathways start at " + number
                        : "pathway " + number + " follows pathway " + previous)
                    + "; "
                    + NumberingGaps.missing(
                        previous, number, "pathway ", "pathways ", String::valueOf),
                Map.of("number", number, "firstMissing", previous + 1,
                    "lastMissing", number - 1)));
  }
}
