package io.github.ceproadmap.json;

import io.github.ceproadmap.model.internal.DocumentShape;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codec's fast view of a {@link DocumentShape}, the keys one object type of format 1.0 knows
 * in output order and which of them are required. Reader and writer share these, so that the
 * keys read, the keys written and the keys an extension may not take are one list.
 */
final class ObjectShape {
  static final ObjectShape ROADMAP = new ObjectShape(DocumentShape.ROADMAP);
  static final ObjectShape AXIS = new ObjectShape(DocumentShape.AXIS);
  static final ObjectShape PATHWAY = new ObjectShape(DocumentShape.PATHWAY);
  static final ObjectShape ACTION = new ObjectShape(DocumentShape.ACTION);
  static final ObjectShape ORGANIZATION = new ObjectShape(DocumentShape.ORGANIZATION);
  static final ObjectShape PROJECT = new ObjectShape(DocumentShape.PROJECT);
  static final ObjectShape CONTACT = new ObjectShape(DocumentShape.CONTACT);

  private final String what;
  private final List<String> keys;
  private final String[] internedKeys;
  private final Map<String, Integer> indexByKey;
  private final long requiredMask;

  private ObjectShape(DocumentShape shape) {
    this.what = shape.what();
    this.keys = shape.keys();
    this.requiredMask = shape.requiredMask();
    this.internedKeys = new String[keys.size()];
    this.indexByKey = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      internedKeys[i] = keys.get(i).intern();
      indexByKey.put(keys.get(i), i);
    }
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
