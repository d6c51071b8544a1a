package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamContext;

/**
 * The path from the document to the value being read, as a stack of segments (keys and array
 * indexes). Pushing and popping cost nothing worth measuring; the {@link DocumentPointer} is
 * built only when an error or the source map needs it.
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

  /** Adds one to the index on top of the stack, which must be an array index. */
  void advanceIndex() {
    indexes[depth - 1]++;
  }

  void pop() {
    depth--;
  }

  /** Returns the path as a pointer: the root for the document. */
  DocumentPointer pointer() {
    Object[] segments = new Object[depth];
    for (int i = 0; i < depth; i++) {
      String name = names[i];
      segments[i] = name != null ? name : (Object) indexes[i];
    }
    return DocumentPointer.of(segments);
  }

  /**
   * Returns the path of a Jackson parser or generator at {@code context}, for the places where
   * only Jackson knows it. Jackson's own pointer is walked segment by segment, not read as text.
   */
  static DocumentPointer of(TokenStreamContext context) {
    DocumentPointer pointer = DocumentPointer.root();
    for (JsonPointer rest = context.pathAsPointer(); !rest.matches(); rest = rest.tail()) {
      int index = rest.getMatchingIndex();
      pointer = index >= 0 ? pointer.index(index) : pointer.key(rest.getMatchingProperty());
    }
    return pointer;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }
}
