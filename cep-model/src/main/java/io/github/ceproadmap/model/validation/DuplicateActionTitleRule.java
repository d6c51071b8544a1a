package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
              + "repeats 4.3",
          List.of(
              Value.of("title", "the repeated title, as this action writes it"),
              Value.of("id", "the id of this action"),
              Value.of("firstId", "the id of the first action with that title")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      Duplicates.forEachLater(
          group.actions(),
          action -> action.title().isBlank() ? null : new TitleKey(action.title()),
          (title, index, first, occurrence) -> {
            Action action = group.actions().get(index);
            context.report(
                group.pointer(index, DocumentKeys.TITLE),
                Quoting.quote(action.title()) + " is also the title of "
                    + group.actions().get(first).id(),
                group.pointer(first, DocumentKeys.TITLE),
                Map.of("title", action.title(), "id", action.id(),
                    "firstId", group.actions().get(first).id()));
          });
    }
  }

  /**
   * A title compared after stripping and ignoring case ({@code strip().toLowerCase(Locale.ROOT)}),
   * without making that string for each title: only for a title with a character beyond ASCII,
   * and for two titles whose hashes match. The hash is that string's {@link String#hashCode()}.
   */
  private static final class TitleKey {
    private final String title;
    private final int hash;

    TitleKey(String title) {
      this.title = title;
      this.hash = asciiHash(title);
    }

    /** The hash of the compared form of an ASCII title, computed char by char; else made. */
    private static int asciiHash(String title) {
      int start = 0;
      int end = title.length();
      while (start < end && isAsciiSpace(title.charAt(start))) {
        start++;
      }
      while (end > start && isAsciiSpace(title.charAt(end - 1))) {
        end--;
      }
      int hash = 0;
      for (int i = start; i < end; i++) {
        char c = title.charAt(i);
        if (c >= 0x80) {
          return key(title).hashCode();
        }
        hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      return hash;
    }

    /** What {@link String#strip()} removes among ASCII characters. */
    private static boolean isAsciiSpace(char c) {
      return c < 0x80 && Character.isWhitespace(c);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof TitleKey that
          && hash == that.hash
          && key(title).equals(key(that.title));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
