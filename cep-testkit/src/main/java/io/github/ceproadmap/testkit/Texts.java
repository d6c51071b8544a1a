package io.github.ceproadmap.testkit;

import java.util.List;
import java.util.Optional;

/**
 * Generators of the texts in a roadmap, biased toward what breaks tools: besides ASCII they mix
 * accents and combining marks (also at the start of a text), CJK, characters beyond the Basic
 * Multilingual Plane (surrogate pairs, emoji sequences joined by U+200D, flags), right-to-left
 * letters, quotes and backslashes, markup, control characters and bidirectional controls, every
 * kind of white space, line breaks, and now and then a text thousands of characters long. Each
 * character (or grapheme, for marks and emoji sequences) is one {@link Choices#unit unit}, so a
 * shrunk text keeps only the characters a failure needs, and each simplifies toward {@code a}.
 */
public final class Texts {
  /** The longest text generated: a long text repeats a short one up to this many chars. */
  public static final int MAX_LENGTH = 4096;

  private static final List<List<String>> VISIBLE = List.of(
      List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p",
          "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"),
      List.of("A", "Z", "0", "1", "9", ".", ",", "-", "_", "'", "\"", "\\", "/", "<", ">", "&",
          "%", "#", "{", "}", "[", "]", "(", ")", ";", ":", "@", "=", "+", "*", "`", "|", "~"),
      List.of("é", "ü", "ñ", "ç", "ø", "ß", "Å", "e\u0301", "a\u0308", "\u0301", "\u0336"),
      List.of("回", "收", "電", "子", "循", "環", "한", "국", "の"),
      List.of("🌍", "𝔸", "😀", "👩\u200d🔬", "🇪🇺", "𠀀"),
      List.of("ש", "ל", "ו", "ם", "م", "ر", "ح", "ب", "١"));

  private static final int[] VISIBLE_WEIGHTS = {12, 4, 2, 1, 1, 1};

  private static final List<String> INVISIBLE = List.of(
      " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u2028", "\u3000", "\u200b",
      "\u0001", "\u001b", "\u007f", "\u0085", "\u202e", "\u200f");

  private Texts() {}

  /**
   * Returns a generator of required texts (titles, names): never empty nor only white space
   * ({@link String#isBlank()} is false), at times with white space around it or within.
   *
   * @return the generator
   */
  public static Generator<String> title() {
    return choices -> {
      StringBuilder text = new StringBuilder();
      for (String piece : choices.listOf(Texts::piece, 0, 40, 6)) {
        text.append(piece);
      }
      // Every character can shrink away; a text left blank gets one visible character.
      if (text.toString().isBlank()) {
        text.append(choices.unit(Texts::visible));
      }
      return longer(choices, text.toString());
    };
  }

  /**
   * Returns a generator of free text (descriptions, list items): empty, white space only,
   * several lines, or like a {@link #title()}.
   *
   * @return the generator
   */
  public static Generator<String> freeText() {
    return choices -> switch (choices.weighted(12, 1, 1, 2)) {
      case 0 -> title().generate(choices);
      case 1 -> "";
      case 2 -> String.join("", choices.listOf(c -> c.oneOf(INVISIBLE), 1, 4, 2));
      default -> title().generate(choices) + choices.oneOf(List.of("\n", "\r\n", "\n\n"))
          + title().generate(choices);
    };
  }

  /**
   * Returns a generator of optional free text: absent half of the time, else {@link
   * #freeText()}, which may be blank (the model holds a blank optional text as absent).
   *
   * @return the generator
   */
  public static Generator<Optional<String>> optionalText() {
    return choices -> choices.unit(c -> c.chance(0.5)
        ? Optional.of(freeText().generate(c))
        : Optional.empty());
  }

  /** A visible character: any but white space and controls. */
  private static String visible(Choices choices) {
    return choices.oneOf(VISIBLE.get(choices.weighted(VISIBLE_WEIGHTS)));
  }

  /** Any character of a text: mostly visible ones, now and then white space or a control. */
  private static String piece(Choices choices) {
    return choices.chance(0.15) ? choices.oneOf(INVISIBLE) : visible(choices);
  }

  /** One time in fifty, repeats {@code text} to up to {@link #MAX_LENGTH} characters. */
  private static String longer(Choices choices, String text) {
    if (!choices.chance(0.02)) {
      return text;
    }
    int length = choices.between(text.length() + 1, MAX_LENGTH);
    StringBuilder longer = new StringBuilder(length);
    do {
      longer.append(text);
    } while (longer.length() + text.length() <= length);
    return longer.toString();
  }
}
