package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks enum constants up by their document id, with an error that lists the allowed ids. */
final class EnumIds {
  private EnumIds() {}

  static <E extends Enum<E>> E parse(
      E[] values, Function<E, String> idOf, CharSequence text, String what) {
    for (E value : values) {
      if (idOf.apply(value).contentEquals(text)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "expected "
            + what
            + " ("
            + Arrays.stream(values).map(idOf).collect(Collectors.joining(", "))
            + ") but found "
            + Quoting.quote(text));
  }

  /** Returns the kebab-case id of a constant: {@code FOUNDING_PARTNER} becomes "founding-partner". */
  static String idOf(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
