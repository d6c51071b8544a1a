package io.github.ceproadmap.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The keys one object type of format 1.0 knows, in output order, and which of them are required.
 * Reader and writer share these, so that the keys read, the keys written and the keys an
 * extension may not take are one list.
 */
final class ObjectShape {
  static final ObjectShape ROADMAP =
      of("a roadmap", "schemaVersion", "id", "title", "edition", "launched?", "statusQuarter?",
          "axes", "pathways",
          "crossCuttingActions?", "organizations?", "projects?");
  static final ObjectShape AXIS = of("an axis", "id", "title");
  static final ObjectShape PATHWAY = of("a pathway", "number", "title", "actions");
  static final ObjectShape ACTION = of("an action", "id", "axis", "title");
  static final ObjectShape ORGANIZATION = of("an organization", "id", "name", "roles?", "membershipYears?");
  static final ObjectShape PROJECT =
      of("a project", "id", "title", "kind", "status", "leads?", "actions", "start?",
          "durationMonths?", "contacts?", "description?", "activities?", "outputs?",
          "outcomes?", "deliverables?", "dissemination?");
  static final ObjectShape CONTACT = of("a contact", "name", "email", "organization?");

  private final String what;
  private final List<String> keys;
  private final String[] internedKeys;
  private final Map<String, Integer> indexByKey;
  private final long requiredMask;

  private ObjectShape(String what, List<String> keys, long requiredMask) {
    this.what = what;
    this.keys = keys;
    this.requiredMask = requiredMask;
    this.internedKeys = new String[keys.size()];
    this.indexByKey = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      internedKeys[i] = keys.get(i).intern();
      indexByKey.put(keys.get(i), i);
    }
  }

  /** Declares a shape; a key that ends in {@code ?} is optional, every other one required. */
  private static ObjectShape of(String what, String... declared) {
    String[] keys = new String[declared.length];
    long required = 0;
    for (int i = 0; i < declared.length; i++) {
      boolean optional = declared[i].endsWith("?");
      keys[i] = optional ? declared[i].substring(0, declared[i].length() - 1) : declared[i];
      required |= optional ? 0 : 1L << i;
    }
    return new ObjectShape(what, List.of(keys), required);
  }

  /** Names the type with an article, for messages: "an action". */
  String what() {
    return what;
  }

  /** Returns the position of {@code key} in output order, or -1 if this shape does not know it. */
  int indexOf(String key) {
    // The codec's parsers intern names (RoadmapCodec's factory), so a known key is found by
    // identity among a dozen at most: cheaper than hashing, which every key of a document paid.
    for (int i = 0; i < internedKeys.length; i++) {
      if (internedKeys[i] == key) {
        return i;
      }
    }
    Integer index = indexByKey.get(key);
    return index == null ? -1 : index;
  }

  /**
   * Returns the first required key, in output order, whose bit is not set in {@code seen}.
   *
   * @param seen bit {@code i} set for each key {@code i} present
   * @return the key, or null if every required key is present
   */
  @Nullable String firstMissing(long seen) {
    long missing = requiredMask & ~seen;
    return missing == 0 ? null : keys.get(Long.numberOfTrailingZeros(missing));
  }

  /** Lists the known keys for a message: "id, axis, title". */
  String keyList() {
    return String.join(", ", keys);
  }
}
