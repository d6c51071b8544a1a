package io.github.ceproadmap.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value that names one of an enum's constants by the lower-case id documents
 * and help use ({@code sarif}, {@code warning}), ignoring case, and says in the same spelling
 * what it expected: {@code expected one of text, json, sarif but found 'x'}.
 *
 * @param <E> the enum
 */
final class Choice<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;
  private final Function<E, String> id;

  Choice(Class<E> type, Function<E, String> id) {
    this.type = type;
    this.id = id;
  }

  /** The choice whose ids are the constants' names in lower case. */
  static <E extends Enum<E>> Choice<E> of(Class<E> type) {
    return new Choice<>(type, constant -> constant.name().toLowerCase(Locale.ROOT));
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (id.apply(constant).equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants())
        .map(id).collect(Collectors.joining(", ")) + " but found '" + value + "'");
  }
}
