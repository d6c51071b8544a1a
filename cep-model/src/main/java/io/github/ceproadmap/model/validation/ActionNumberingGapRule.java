package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code action-numbering-gap}: sequence numbers of a group that do not run 1..n. Only actions
 * whose id names the group's pathway count; the others are {@code action-pathway-mismatch}
 * findings.
 */
final class ActionNumberingGapRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.ACTION_NUMBERING_GAP,
          Severity.WARNING,
          "Action numbering gap",
          "a pathway's sequence numbers skip (pathway 5: 5.4 then 5.6)",
          "Number a pathway's actions without gaps, or add the missing actions.",
          "pathway 5 has 5.4 then 5.6: renumber 5.6 to 5.5, or add action 5.5",
          List.of(
              Value.of("id", "the action id that follows the gap"),
              Value.of("firstMissing", "the first action id missing before it"),
              Value.of("lastMissing", "the last action id missing before it")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      long[] sequences = new long[group.actions().size()];
      int count = 0;
      for (int j = 0; j < sequences.length; j++) {
        if (group.holdsOwnId(j)) {
          sequences[count++] = NumberingGaps.entry(group.actions().get(j).id().sequence(), j);
        }
      }
      NumberingGaps.forEach(
          sequences,
          count,
          (sequence, previous, index) -> {
            String prefix = group.pathwayNumber() + ".";
            context.report(
                group.pointer(index, DocumentKeys.ID),
                (previous == 0
                        ? prefix + sequence + " is the lowest id " + group.where()
                        : prefix + sequence + " follows " + prefix + previous)
                    + "; "
                    + NumberingGaps.missing(previous, sequence, "", "", n -> prefix + n),
                Map.of("id", ActionId.of(group.pathwayNumber(), sequence),
                    "firstMissing", ActionId.of(group.pathwayNumber(), previous + 1),
                    "lastMissing", ActionId.of(group.pathwayNumber(), sequence - 1)));
          });
    }
  }
}
