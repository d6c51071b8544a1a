package io.github.ceproadmap.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Finds the items of a list that share a key with an earlier item, for the duplicate-* rules. */
final class Duplicates {
  /** Receives one later duplicate. */
  @FunctionalInterface
  interface Sink<K> {
    /**
     * Takes item {@code index}, whose key first appeared at {@code firstIndex}; {@code occurrence}
     * counts the items with that key so far, this one included (2 for the first duplicate).
     */
    void duplicate(K key, int index, int firstIndex, int occurrence);
  }

  /** Up to this many items, {@link #forEachLater} compares keys instead of hashing them. */
  private static final int SHORT = 32;

  private Duplicates() {}

  /**
   * Declares the {@code times} value that every duplicate-* rule's findings carry.
   *
   * @param what what is repeated, such as "id" or "number"
   */
  static RuleDescription.Value timesValue(String what) {
    return RuleDescription.Value.of("times", "how many times the " + what
        + " is used so far, this one included (2 for the first repeat)");
  }

  /**
   * Calls {@code sink} for every item whose key an earlier item has, in list order. Items whose
   * key is null take no part.
   */
  static <T, K> void forEachLater(
      List<T> items, Function<? super T, ? extends @Nullable K> keyOf, Sink<? super K> sink) {
    if (items.size() <= SHORT) {
      scan(items, keyOf, sink);
      return;
    }
    // key -> {index of the first item, items seen so far}
    Map<K, int[]> seen = new HashMap<>(items.size() * 4 / 3 + 1);
    for (int i = 0; i < items.size(); i++) {
      K key = keyOf.apply(items.get(i));
      if (key == null) {
        continue;
      }
      int[] first = seen.get(key);
      if (first == null) {
        seen.put(key, new int[] {i, 1});
      } else {
        first[1]++;
        sink.duplicate(key, i, first[0], first[1]);
      }
    }
  }

  /**
   * Does what {@link #forEachLater} promises by comparing each key with every earlier one: for a
   * short list (a pathway's actions) that allocates one array where a hash map allocates a table
   * and an entry per item.
   */
  private static <T, K> void scan(
      List<T> items, Function<? super T, ? extends @Nullable K> keyOf, Sink<? super K> sink) {
    @Nullable Object[] keys = new Object[items.size()];
    for (int i = 0; i < keys.length; i++) {
      K key = keyOf.apply(items.get(i));
      keys[i] = key;
      if (key == null) {
        continue;
      }
      int first = -1;
      int occurrence = 1;
      for (int j = 0; j < i; j++) {
        if (key.equals(keys[j])) {
          first = first < 0 ? j : first;
          occurrence++;
        }
      }
      if (first >= 0) {
        sink.duplicate(key, i, first, occurrence);
      }
    }
  }

  /** Says how often a key is used: "twice", "3 times". */
  static String times(int occurrence) {
    return occurrence == 2 ? "twice" : occurrence + " times";
  }
}
