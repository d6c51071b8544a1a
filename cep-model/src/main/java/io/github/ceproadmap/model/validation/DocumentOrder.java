package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.internal.DocumentShape;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sorts findings by where their pointers lead in the document: array indexes numerically and
 * member names in the key order of document format 1.0 ({@link DocumentShape}), so a report reads
 * top to bottom like the file. The sort is stable, so findings at one place keep the order of the rules.
 */
final class DocumentOrder {
  private static final Map<String, Integer> KEY_RANK = rank();

  private DocumentOrder() {}

  static List<Finding> sort(List<Finding> findings) {
    record Keyed(Finding finding, long[] position) {}
    List<Keyed> keyed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      keyed.add(new Keyed(finding, position(finding.pointer())));
    }
    keyed.sort(Comparator.comparing(Keyed::position, java.util.Arrays::compare));
    return keyed.stream().map(Keyed::finding).toList();
  }

  /**
   * Maps each pointer segment to a number that sorts like the document: indexes as themselves,
   * known keys by their rank, unknown keys after every known one.
   */
  private static long[] position(DocumentPointer pointer) {
    long[] position = new long[pointer.size()];
    for (int i = 0; i < position.length; i++) {
      if (pointer.isIndex(i)) {
        position[i] = pointer.indexAt(i);
      } else {
        Integer rank = KEY_RANK.get(pointer.segment(i));
        position[i] = rank != null ? rank : Long.MAX_VALUE;
      }
    }
    return position;
  }

  private static Map<String, Integer> rank() {
    List<String> order = keyOrder();
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      rank.put(order.get(i), i);
    }
    return Map.copyOf(rank);
  }

  /**
   * Every key of every {@link DocumentShape} in one order that keeps each shape's own: two
   * pointers first differ in keys of one object, so those sort as the object is written.
   */
  private static List<String> keyOrder() {
    Map<String, Set<String>> before = new LinkedHashMap<>();
    for (DocumentShape shape : DocumentShape.ALL) {
      List<String> keys = shape.keys();
      for (int i = 0; i < keys.size(); i++) {
        Set<String> earlier = before.computeIfAbsent(keys.get(i), key -> new HashSet<>());
        if (i > 0) {
          earlier.add(keys.get(i - 1));
        }
      }
    }
    List<String> order = new ArrayList<>();
    while (order.size() < before.size()) {
      String next = before.entrySet().stream()
          .filter(key -> !order.contains(key.getKey()) && order.containsAll(key.getValue()))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("the document shapes order keys in a cycle"));
      order.add(next);
    }
    return order;
  }
}
