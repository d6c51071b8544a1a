package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.Locale;

/**
 * {@code duplicate-action-title}: each later action of a group whose title equals an earlier
 * one's, after stripping and ignoring case. Blank titles are {@code blank-title} findings and
 * take no part.
 */
final class DuplicateActionTitleRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_ACTION_TITLE,
          Severity.WARNING,
          "Duplicate action title",
          "two actions in one pathway have the same title (after trimming, ignoring case)",
          "Give each action of a pathway its own title; if the two entries are one action, "
              + "delete the second.",
          "4.3 and 4.4 share a title: retitle 4.4 as the source roadmap has it, or delete it if it "
              + "repeats 4.3");

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      Duplicates.forEachLater(
          group.actions(),
          action -> action.title().isBlank() ? null : key(action.title()),
          (title, index, first, occurrence) -> {
            Action action = group.actions().get(index);
            context.report(
                group.pointer(index, "title"),
                Quoting.quote(action.title()) + " is also the title of "
                    + group.actions().get(first).id(),
                group.pointer(first, "title"));
          });
    }
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
