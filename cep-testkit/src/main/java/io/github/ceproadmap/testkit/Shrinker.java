package io.github.ceproadmap.testkit;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing value by its choices, as Hypothesis does: it replays simplified copies of
 * the recorded choices through the generator and keeps a copy when the value it builds fails
 * the same way (the same class of exception) and its choices are simpler: fewer, or as many and
 * smaller at the first place they differ (shortlex order). As that order has no infinite
 * descending chain, shrinking ends; {@code maxAttempts} bounds the work.
 *
 * <p>The passes, repeated until a whole round changes nothing: delete one unit (a list element
 * with its "one more?" choice, one character of a text, an optional value) or replace it by one
 * 0 (the answer "no" or "absent"), set a unit's choices to 0, lower each
 * choice (to 0, else by bisection), and delete one or two adjacent choices. A value it returns
 * without running out of attempts is a local minimum: none of these single changes still
 * fails.
 *
 * @param <T> the type of the values
 */
final class Shrinker<T> {
  /** What one replay gave: the choices it consumed, the value, and its failure, if any. */
  record Outcome<T>(long[] choices, List<int[]> spans, T value, Throwable failure) {}

  private final Generator<T> generator;
  private final Function<T, @Nullable Throwable> property;
  private final int maxAttempts;
  private final Set<Key> seen = new HashSet<>();
  private Outcome<T> best;
  private int attempts;
  private int steps;

  Shrinker(Generator<T> generator, Function<T, @Nullable Throwable> property, int maxAttempts,
      Outcome<T> failing) {
    this.generator = generator;
    this.property = property;
    this.maxAttempts = maxAttempts;
    this.best = failing;
    seen.add(new Key(failing.choices()));
  }

  /** Shrinks to a local minimum or until the attempts run out, and returns the simplest. */
  Outcome<T> shrink() {
    boolean changed = true;
    while (changed && !exhausted()) {
      changed = deleteUnits() | zeroUnits() | lowerChoices() | deleteChoices();
    }
    return best;
  }

  /** Returns the number of simplifications kept. */
  int steps() {
    return steps;
  }

  /** Returns the number of replays tried. */
  int attempts() {
    return attempts;
  }

  /** Returns whether the attempts ran out, so that the result may not be a local minimum. */
  boolean exhausted() {
    return attempts >= maxAttempts;
  }

  private boolean deleteUnits() {
    boolean changed = false;
    for (int i = 0; i < best.spans().size() && !exhausted(); i++) {
      int[] span = best.spans().get(i);
      if (tryDelete(span[0], span[1]) || tryCollapse(span[0], span[1])) {
        changed = true;
        i--;
      }
    }
    return changed;
  }

  private boolean deleteChoices() {
    boolean changed = false;
    for (int width = 2; width >= 1; width--) {
      for (int at = best.choices().length - width; at >= 0 && !exhausted(); at--) {
        changed |= tryDelete(at, at + width);
        at = Math.min(at, best.choices().length - width + 1);
      }
    }
    return changed;
  }

  private boolean zeroUnits() {
    boolean changed = false;
    for (int i = 0; i < best.spans().size() && !exhausted(); i++) {
      int[] span = best.spans().get(i);
      long[] candidate = best.choices().clone();
      Arrays.fill(candidate, span[0], span[1], 0);
      changed |= tryReplay(candidate);
    }
    return changed;
  }

  private boolean lowerChoices() {
    boolean changed = false;
    for (int at = 0; at < best.choices().length && !exhausted(); at++) {
      long value = best.choices()[at];
      if (value == 0 || tryReplace(at, 0)) {
        changed |= value != 0;
        continue;
      }
      // 0 passes and value fails: bisect for the least value that still fails.
      long passes = 0;
      long fails = value;
      while (fails - passes > 1 && !exhausted() && at < best.choices().length) {
        long middle = passes + (fails - passes) / 2;
        if (tryReplace(at, middle)) {
          fails = middle;
          changed = true;
        } else {
          passes = middle;
        }
      }
    }
    return changed;
  }

  private boolean tryDelete(int from, int to) {
    long[] choices = best.choices();
    long[] candidate = new long[choices.length - (to - from)];
    System.arraycopy(choices, 0, candidate, 0, from);
    System.arraycopy(choices, to, candidate, from, choices.length - to);
    return tryReplay(candidate);
  }

  /** Replaces the choices in {@code [from, to)} by one 0: the simplest answer, as "absent". */
  private boolean tryCollapse(int from, int to) {
    if (to - from < 2) {
      return false;
    }
    long[] choices = best.choices();
    long[] candidate = new long[choices.length - (to - from) + 1];
    System.arraycopy(choices, 0, candidate, 0, from);
    System.arraycopy(choices, to, candidate, from + 1, choices.length - to);
    return tryReplay(candidate);
  }

  private boolean tryReplace(int at, long value) {
    long[] candidate = best.choices().clone();
    candidate[at] = value;
    return tryReplay(candidate);
  }

  /** Replays {@code candidate}; keeps it if it fails the same way and is simpler. */
  private boolean tryReplay(long[] candidate) {
    if (!seen.add(new Key(candidate)) || exhausted()) {
      return false;
    }
    attempts++;
    Choices choices = Choices.replaying(candidate);
    T value;
    try {
      value = generator.generate(choices);
    } catch (RuntimeException outsideTheGenerator) {
      return false;
    }
    long[] consumed = choices.recorded();
    if (!simpler(consumed, best.choices()) || !seen.add(new Key(consumed))
        && !Arrays.equals(consumed, candidate)) {
      return false;
    }
    Throwable failure = property.apply(value);
    if (failure == null || failure.getClass() != best.failure().getClass()) {
      return false;
    }
    best = new Outcome<>(consumed, choices.spans(), value, failure);
    steps++;
    return true;
  }

  /** Shortlex order: fewer choices, or as many and smaller at the first difference. */
  static boolean simpler(long[] candidate, long[] current) {
    if (candidate.length != current.length) {
      return candidate.length < current.length;
    }
    return Arrays.compare(candidate, current) < 0;
  }

  /** A sequence of choices as a set element. */
  private record Key(long[] choices) {
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Key key && Arrays.equals(choices, key.choices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(choices);
    }

    @Override
    public String toString() {
      return Arrays.toString(choices);
    }
  }
}
