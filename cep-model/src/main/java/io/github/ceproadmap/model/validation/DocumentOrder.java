package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sorts findings by where their pointers lead in the document: array indexes numerically and
 * member names in the key order of document format 1.0, so a report reads top to bottom like the
 * file. The sort is stable, so findings at one place keep the order of the rules.
 */
final class DocumentOrder {
  private static final List<String> KEY_ORDER =
      List.of(
          "schemaVersion", "id", "number", "name", "axis", "title", "kind", "status", "edition",
          "launched", "statusQuarter", "roles", "membershipYears", "axes", "pathways", "leads", "actions", "start", "durationMonths",
          "crossCuttingActions", "organizations", "projects", "contacts", "email",
          "organization", "description", "activities", "outputs", "outcomes",
          "deliverables", "dissemination");
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
    Map<String, Integer> rank = new java.util.HashMap<>();
    for (int i = 0; i < KEY_ORDER.size(); i++) {
      rank.put(KEY_ORDER.get(i), i);
    }
    return Map.copyOf(rank);
  }
}
