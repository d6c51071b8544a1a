package io.github.ceproadmap.model.validation;

import java.util.Arrays;
import java.util.function.IntFunction;

/** Finds where numbers that should run 1..n skip, for the *-numbering-gap rules. */
final class NumberingGaps {
  /** Receives one gap. */
  @FunctionalInterface
  interface Sink {
    /**
     * Takes {@code number}, which follows {@code previous} with numbers missing between them;
     * {@code previous} is 0 when {@code number} is the lowest and above 1. {@code index} is where
     * {@code number} first appears.
     */
    void gap(int number, int previous, int index);
  }

  private NumberingGaps() {}

  /**
   * Returns {@code number} at {@code index} as one entry for {@link #forEach}: a sortable
   * {@code long}, so that finding the gaps allocates no map or boxed number per item.
   */
  static long entry(int number, int index) {
    return (long) number << 32 | index;
  }

  /**
   * Calls {@code sink}, in number order, for each number that follows a gap.
   *
   * @param entries the first {@code count} are the numbers used, each made by {@link #entry} with
   *     an index where it appears; sorted in place
   */
  static void forEach(long[] entries, int count, Sink sink) {
    // Sorted by number, then index: the first entry of each number is where it first appears.
    Arrays.sort(entries, 0, count);
    int previous = 0;
    for (int i = 0; i < count; i++) {
      int number = (int) (entries[i] >> 32);
      if (i > 0 && number == previous) {
        continue;
      }
      if (number > previous + 1) {
        sink.gap(number, previous, (int) entries[i]);
      }
      previous = number;
    }
  }

  /**
   * Says which numbers lie between {@code previous} and {@code number}: "pathway 3 is missing",
   * "pathways 3 to 6 are missing", with {@code one} or {@code many} in front of the names.
   */
  static String missing(
      int previous, int number, String one, String many, IntFunction<String> name) {
    return number - previous == 2
        ? one + name.apply(previous + 1) + " is missing"
        : many + name.apply(previous + 1) + " to " + name.apply(number - 1) + " are missing";
  }
}
