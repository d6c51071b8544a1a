package io.github.ceproadmap.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The choices a {@link Generator} makes while it builds a value: every random decision is one
 * whole number in {@code [0, bound)}, drawn through the methods of this class.
 *
 * <p>This is what lets {@link Property} shrink without hand-written shrinkers (the design of
 * Hypothesis): it records the numbers a failing value was built from, replays shorter and
 * smaller sequences of numbers through the same generator, and keeps the simplest that still
 * fails. Every shrunk value is therefore one the generator itself builds. Generators written
 * against this class shrink well when 0 is the simplest answer of every choice: the methods
 * below are arranged so (the first option, the lower bound, "no", "no more elements").
 *
 * <p>Outside a property run, {@link #from(RandomGenerator)} draws fresh numbers and records
 * nothing. Instances are not thread-safe: one generation uses one instance.
 */
public final class Choices {
  private static final long[] NONE = {};

  private final @Nullable RandomGenerator random;
  private final long[] prefix;
  private final boolean recording;
  private long[] values = NONE;
  private int count;
  private int position;
  private final List<int[]> spans = new ArrayList<>();

  private Choices(@Nullable RandomGenerator random, long[] prefix, boolean recording) {
    this.random = random;
    this.prefix = prefix;
    this.recording = recording;
  }

  /**
   * Returns choices drawn from {@code random}, recording nothing: the way to use a generator
   * outside {@link Property}, from any test framework or a {@code main}.
   *
   * @param random the source of randomness; the same state gives the same choices
   * @return fresh choices
   */
  public static Choices from(RandomGenerator random) {
    return new Choices(random, NONE, false);
  }

  /** Returns choices drawn from {@code random} and recorded, for a try of a property. */
  static Choices recording(RandomGenerator random) {
    return new Choices(random, NONE, true);
  }

  /**
   * Returns choices that replay {@code prefix} and answer 0 (the simplest choice) once it is
   * used up; a replayed number too large for its choice becomes the largest allowed.
   */
  static Choices replaying(long[] prefix) {
    return new Choices(null, prefix, true);
  }

  /**
   * Returns a number in {@code [0, bound)}, uniformly; it shrinks toward 0.
   *
   * @param bound the number of possible answers, at least 1
   * @return the choice
   * @throws IllegalArgumentException if {@code bound} is below 1
   */
  public int below(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("expected a bound of at least 1 but found " + bound);
    }
    if (isReplaying()) {
      return (int) next(bound, 0);
    }
    return (int) next(bound, source().nextInt(bound));
  }

  /**
   * Returns a number in {@code [min, max]}, biased toward the edges: one time in eight it is
   * {@code min}, one time in eight {@code max}, otherwise uniform. It shrinks toward {@code min}.
   *
   * @param min the least answer
   * @param max the greatest answer, at least {@code min}
   * @return the choice
   * @throws IllegalArgumentException if {@code max} is below {@code min}
   */
  public int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException(
          "expected a range min <= max but found " + min + ".." + max);
    }
    long range = (long) max - min + 1;
    long offset;
    if (isReplaying()) {
      offset = next(range, 0);
    } else {
      int edge = source().nextInt(8);
      offset = next(range, edge == 0 ? 0 : edge == 1 ? range - 1 : source().nextLong(range));
    }
    return (int) (min + offset);
  }

  /**
   * Returns true with probability {@code probability}; it shrinks toward false.
   *
   * @param probability the chance of true, from 0 to 1
   * @return the choice
   */
  public boolean chance(double probability) {
    if (isReplaying()) {
      return next(2, 0) == 1;
    }
    return next(2, source().nextDouble() < probability ? 1 : 0) == 1;
  }

  /**
   * Returns an index in {@code [0, weights.length)}, index {@code i} with probability {@code
   * weights[i] / sum(weights)}; it shrinks toward 0.
   *
   * @param weights the weight of each index, none negative, at least one positive
   * @return the index chosen
   * @throws IllegalArgumentException if no weight is positive or one is negative
   */
  public int weighted(int... weights) {
    long total = 0;
    for (int weight : weights) {
      if (weight < 0) {
        throw new IllegalArgumentException("expected weights >= 0 but found " + weight);
      }
      total += weight;
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          "expected a positive weight among " + Arrays.toString(weights));
    }
    if (isReplaying()) {
      return (int) next(weights.length, 0);
    }
    long pick = source().nextLong(total);
    int index = 0;
    while (pick >= weights[index]) {
      pick -= weights[index++];
    }
    return (int) next(weights.length, index);
  }

  /**
   * Returns one of {@code options}, uniformly; it shrinks toward the first.
   *
   * @param <T> the type of the options
   * @param options the options, not empty
   * @return the option chosen
   * @throws IllegalArgumentException if {@code options} is empty
   */
  public <T> T oneOf(List<? extends T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("expected at least one option but found none");
    }
    return options.get(below(options.size()));
  }

  /**
   * Returns a list of {@code min} to {@code max} elements drawn from {@code element}, about
   * {@code average} long. Each element past the {@code min}-th is preceded by a "one more?"
   * choice, so that the shrinker can drop any one element, not only the last.
   *
   * @param <T> the type of the elements
   * @param element the generator of one element
   * @param min the least length, at least 0
   * @param max the greatest length, at least {@code min}
   * @param average the mean length aimed at; at or below {@code min} gives {@code min} elements
   * @return a new mutable list
   * @throws IllegalArgumentException if {@code min} is negative or {@code max} below it
   */
  public <T> List<T> listOf(Generator<? extends T> element, int min, int max, double average) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException(
          "expected list lengths 0 <= min <= max but found " + min + ".." + max);
    }
    double more = average <= min ? 0 : (average - min) / (average - min + 1);
    List<T> list = new ArrayList<>();
    while (true) {
      int start = position;
      if (list.size() >= max) {
        // A full list still answers "one more?" (no), so that deleting one of its elements
        // leaves the choices after the list where they were.
        below(1);
        break;
      }
      if (list.size() >= min && !chance(more)) {
        break;
      }
      list.add(element.generate(this));
      closeSpan(start);
    }
    return list;
  }

  /**
   * Draws {@code part} as one unit that the shrinker may delete or simplify as a whole, such as
   * one character of a text. Lists mark their elements so already.
   *
   * @param <T> the type of the part
   * @param part the generator of the part
   * @return the part
   */
  public <T> T unit(Generator<T> part) {
    int start = position;
    T value = part.generate(this);
    closeSpan(start);
    return value;
  }

  /** Returns the choices made so far, in order. */
  long[] recorded() {
    return Arrays.copyOf(values, count);
  }

  /** Returns the units drawn so far as {@code [start, end)} ranges of choices, by start. */
  List<int[]> spans() {
    List<int[]> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    return sorted;
  }

  private boolean isReplaying() {
    return random == null;
  }

  private RandomGenerator source() {
    RandomGenerator source = random;
    if (source == null) {
      throw new IllegalStateException("replayed choices draw no fresh numbers");
    }
    return source;
  }

  /** Returns the next choice below {@code bound}: replayed if there is one, else {@code fresh}. */
  private long next(long bound, long fresh) {
    long value = position < prefix.length
        ? Math.max(0, Math.min(prefix[position], bound - 1))
        : fresh;
    position++;
    if (recording) {
      if (count == values.length) {
        values = Arrays.copyOf(values, Math.max(16, count * 2));
      }
      values[count++] = value;
    }
    return value;
  }

  private void closeSpan(int start) {
    if (recording && position > start) {
      spans.add(new int[] {start, position});
    }
  }
}
