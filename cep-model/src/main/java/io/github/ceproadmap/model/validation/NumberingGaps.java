package io.github.ceproadmap.model.validation;

import java.util.Map;
import java.util.TreeMap;
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
   * Calls {@code sink}, in number order, for each number that follows a gap.
   *
   * @param firstIndexByNumber each number used, mapped to the index where it first appears
   */
  static void forEach(Map<Integer, Integer> firstIndexByNumber, Sink sink) {
    int previous = 0;
    for (Map.Entry<Integer, Integer> entry : new TreeMap<>(firstIndexByNumber).entrySet()) {
      int number = entry.getKey();
      if (number > previous + 1) {
        sink.gap(number, previous, entry.getValue());
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
