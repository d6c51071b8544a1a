package io.github.ceproadmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The format's one meaning of empty optional text: an optional text that is empty or only white
 * space ({@link String#isBlank()}) is absent, and such an item of a free-text list is no item.
 * The value types apply it when they are built, so that every form of a roadmap (JSON, workbook,
 * CSV) holds the same value and {@code decode(encode(x))} equals {@code x}.
 */
final class OptionalText {
  private OptionalText() {}

  /** Returns whether {@code text} is present but blank, so that its canonical form differs. */
  static boolean isBlank(Optional<String> text) {
    return text.isPresent() && text.get().isBlank();
  }

  /** Returns {@code text}, or empty if it is blank. */
  static Optional<String> canonical(Optional<String> text) {
    return isBlank(text) ? Optional.empty() : text;
  }

  /** Returns whether any item of {@code items} is blank. */
  static boolean hasBlank(List<String> items) {
    // By index: the model's lists are random access, and this runs for every list decoded.
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Returns {@code items} without its blank items, in order. */
  static List<String> withoutBlank(List<String> items) {
    List<String> kept = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isBlank()) {
        kept.add(items.get(i));
      }
    }
    return kept;
  }
}
