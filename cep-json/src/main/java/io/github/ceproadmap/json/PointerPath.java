package io.github.ceproadmap.json;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The path from the document to the value being read, as a stack of segments (keys and array
 * indexes). Pushing and popping cost nothing worth measuring; the JSON Pointer text is built only
 * when an error or the source map needs it.
 */
final class PointerPath {
  /** A key per level, or null where the level is an array index. */
  private @Nullable String[] names = new String[16];

  private int[] indexes = new int[16];
  private int depth;

  void pushName(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  void pushIndex(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  /** Replaces the index on top of the stack, which must be an array index. */
  void setIndex(int index) {
    indexes[depth - 1] = index;
  }

  void pop() {
    depth--;
  }

  /** Renders the path as a JSON Pointer (RFC 6901): {@code ""} for the document. */
  String render() {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      pointer.append('/');
      String name = names[i];
      if (name == null) {
        pointer.append(indexes[i]);
      } else {
        pointer.append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }
}
