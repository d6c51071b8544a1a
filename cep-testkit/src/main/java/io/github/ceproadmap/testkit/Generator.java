package io.github.ceproadmap.testkit;

import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Builds a value from {@link Choices}. A generator draws every random decision through its
 * {@code Choices} and nothing else (no {@code Math.random()}, no clock), so that the same choices
 * build the same value: that is what lets {@link Property} replay and shrink it.
 *
 * <pre>{@code
 * Generator<ActionId> crossCutting = choices -> ActionId.of(0, choices.between(1, 20));
 * Generator<Project> project = RoadmapGenerator.actionId()
 *     .flatMap(id -> RoadmapGenerator.project(id, List.of(id), List.of()));
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Builds one value.
   *
   * @param choices where every random decision comes from
   * @return the value
   */
  T generate(Choices choices);

  /**
   * Builds one value from fresh random choices, for use outside {@link Property}.
   *
   * @param random the source of randomness; the same state gives the same value
   * @return the value
   */
  default T generate(RandomGenerator random) {
    return generate(Choices.from(random));
  }

  /**
   * Returns a generator of this generator's values passed through {@code mapper}.
   *
   * @param <R> the type of the mapped values
   * @param mapper the function applied to each value; it must not draw randomness of its own
   * @return the mapped generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    return choices -> mapper.apply(generate(choices));
  }

  /**
   * Returns a generator that builds a value with this generator and then one with the
   * generator {@code next} makes of it, such as a project for a generated action id.
   *
   * @param <R> the type of the second values
   * @param next makes the second generator from the first value
   * @return the composed generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> next) {
    return choices -> next.apply(generate(choices)).generate(choices);
  }

  /**
   * Returns a generator that always builds {@code value}.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the generator
   */
  static <T> Generator<T> constant(T value) {
    return choices -> value;
  }

  /**
   * Returns a generator of one of {@code options}; it shrinks toward the first.
   *
   * @param <T> the type of the options
   * @param options the options, not empty
   * @return the generator
   * @throws IllegalArgumentException if {@code options} is empty
   */
  static <T> Generator<T> oneOf(List<? extends T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("expected at least one option but found none");
    }
    List<? extends T> copy = List.copyOf(options);
    return choices -> choices.oneOf(copy);
  }

  /**
   * Returns a generator of numbers in {@code [min, max]}, biased toward both edges; it shrinks
   * toward {@code min}.
   *
   * @param min the least number
   * @param max the greatest number, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  static Generator<Integer> between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "expected a range min <= max but found " + min + ".." + max);
    }
    return choices -> choices.between(min, max);
  }

  /**
   * Returns a generator of lists of {@code min} to {@code max} elements, on average halfway
   * between; any one element can shrink away.
   *
   * @param <T> the type of the elements
   * @param element the generator of one element
   * @param min the least length, at least 0
   * @param max the greatest length, at least {@code min}
   * @return the generator
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} below it
   */
  static <T> Generator<List<T>> listOf(Generator<? extends T> element, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "expected list lengths 0 <= min <= max but found " + min + ".." + max);
    }
    return choices -> choices.listOf(element, min, max, (min + (double) max) / 2);
  }
}
