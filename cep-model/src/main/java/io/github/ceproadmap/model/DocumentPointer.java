package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) into a roadmap's document, as a value: a list of segments, each a
 * member name or an array index. {@code DocumentPointer.of("pathways", 3, "actions", 2, "id")}
 * is the pointer whose text is {@code /pathways/3/actions/2/id}.
 *
 * <p>Findings carry it, source maps are keyed by it and readers walk it segment by segment; its
 * RFC 6901 text ({@link #toString()}, {@link #parse(String)}) is for the edges only: reports,
 * messages and other tools.
 *
 * <p>A segment whose text is an array index in RFC 6901's sense ({@code 0}, or digits without a
 * leading zero, here at most {@link Integer#MAX_VALUE}) is an index, whichever way it was made:
 * the text of a pointer does not tell a member named {@code "2"} from element 2 either, and two
 * pointers are equal exactly when their texts are. Pointers are immutable and safe to share
 * between threads.
 */
public final class DocumentPointer {
  private static final DocumentPointer ROOT = new DocumentPointer(new Object[0]);

  /** Each a {@link String} member name or an {@link Integer} array index, never null. */
  private final Object[] segments;

  /** The hash code once computed, 0 before; racy but safe, as String's is. */
  private int hash;

  private DocumentPointer(Object[] segments) {
    this.segments = segments;
  }

  /**
   * Returns the pointer to the whole document, whose text is {@code ""}.
   *
   * @return the root pointer, which has no segments
   */
  public static DocumentPointer root() {
    return ROOT;
  }

  /**
   * Returns the pointer made of {@code segments}, in order from the document down.
   *
   * @param segments each a {@link String} member name or a non-negative {@link Integer} index
   * @return the pointer; the {@link #root()} if there are no segments
   * @throws IllegalArgumentException if a segment is neither, or is a negative index
   * @throws NullPointerException if a segment is null
   */
  public static DocumentPointer of(Object... segments) {
    Object[] checked = new Object[segments.length];
    for (int i = 0; i < segments.length; i++) {
      Object segment = Objects.requireNonNull(segments[i], "segment");
      if (segment instanceof String name) {
        checked[i] = segment(name);
      } else if (segment instanceof Integer index && index >= 0) {
        checked[i] = index;
      } else {
        throw new IllegalArgumentException("expected a member name or an index from 0 but found "
            + segment + " (" + segment.getClass().getName() + ")");
      }
    }
    return checked.length == 0 ? ROOT : new DocumentPointer(checked);
  }

  /**
   * Reads a pointer from its RFC 6901 text: {@code ""} for the document, otherwise {@code /}
   * before each segment, with {@code ~0} for {@code ~} and {@code ~1} for {@code /} in names.
   *
   * @param text the pointer's text, such as {@code /pathways/0/actions/1/id}
   * @return the pointer
   * @throws IllegalArgumentException if {@code text} is not empty and does not start with {@code
   *     /}, or has a {@code ~} that is not followed by {@code 0} or {@code 1}
   */
  public static DocumentPointer parse(String text) {
    if (text.isEmpty()) {
      return ROOT;
    }
    if (text.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "a JSON Pointer is empty or starts with '/' but found " + Quoting.quote(text));
    }
    String[] parts = text.substring(1).split("/", -1);
    Object[] segments = new Object[parts.length];
    for (int i = 0; i < parts.length; i++) {
      segments[i] = segment(unescape(parts[i], text));
    }
    return new DocumentPointer(segments);
  }

  /**
   * Returns the pointer to member {@code name} of the value this pointer leads to.
   *
   * @param name a member name, any text
   * @return this pointer with one more segment
   */
  public DocumentPointer key(String name) {
    return append(segment(name));
  }

  /**
   * Returns the pointer to element {@code index} of the array this pointer leads to.
   *
   * @param index an array index, from 0
   * @return this pointer with one more segment
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public DocumentPointer index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("expected an index from 0 but found " + index);
    }
    return append(index);
  }

  /**
   * Returns {@code relative}'s segments after this pointer's: where {@code relative} leads when
   * it is read from the value this pointer leads to.
   *
   * @param relative a pointer relative to this one's value
   * @return the joined pointer
   */
  public DocumentPointer resolve(DocumentPointer relative) {
    if (relative.segments.length == 0) {
      return this;
    }
    Object[] joined = Arrays.copyOf(segments, segments.length + relative.segments.length);
    System.arraycopy(relative.segments, 0, joined, segments.length, relative.segments.length);
    return new DocumentPointer(joined);
  }

  /**
   * Returns how many segments the pointer has.
   *
   * @return 0 for the root, otherwise the number of steps from the document
   */
  public int size() {
    return segments.length;
  }

  /**
   * Tells whether this is the pointer to the whole document.
   *
   * @return whether the pointer has no segments
   */
  public boolean isRoot() {
    return segments.length == 0;
  }

  /**
   * Tells whether segment {@code position} is an array index.
   *
   * @param position the segment's position, from 0 at the document
   * @return whether it is an index; otherwise it is a member name
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public boolean isIndex(int position) {
    return segments[position] instanceof Integer;
  }

  /**
   * Returns segment {@code position} as an array index.
   *
   * @param position the segment's position, from 0 at the document
   * @return the index, from 0
   * @throws IllegalStateException if the segment is a member name (see {@link #isIndex(int)})
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public int indexAt(int position) {
    if (segments[position] instanceof Integer index) {
      return index;
    }
    throw new IllegalStateException(
        "segment " + position + " of " + this + " is a member name, not an index");
  }

  /**
   * Returns segment {@code position} as text, without RFC 6901 escapes: a member name, or the
   * decimal digits of an index.
   *
   * @param position the segment's position, from 0 at the document
   * @return the segment's text
   * @throws IndexOutOfBoundsException if there is no such segment
   */
  public String segment(int position) {
    return segments[position].toString();
  }

  /**
   * Returns the pointer to the value that holds this pointer's value.
   *
   * @return the pointer without its last segment, or empty for the root
   */
  public Optional<DocumentPointer> parent() {
    return isRoot() ? Optional.empty() : Optional.of(prefix(segments.length - 1));
  }

  /**
   * Returns the pointer made of this pointer's first {@code length} segments.
   *
   * @param length how many segments to keep, from 0 to {@link #size()}
   * @return the prefix; the root for 0, this pointer for {@link #size()}
   * @throws IndexOutOfBoundsException if {@code length} is out of that range
   */
  public DocumentPointer prefix(int length) {
    Objects.checkIndex(length, segments.length + 1);
    if (length == segments.length) {
      return this;
    }
    return length == 0 ? ROOT : new DocumentPointer(Arrays.copyOf(segments, length));
  }

  /**
   * Tells whether this pointer leads to {@code ancestor}'s value or into it.
   *
   * @param ancestor the pointer to compare with
   * @return whether {@code ancestor}'s segments start this pointer's
   */
  public boolean startsWith(DocumentPointer ancestor) {
    return ancestor.segments.length <= segments.length
        && Arrays.equals(segments, 0, ancestor.segments.length,
            ancestor.segments, 0, ancestor.segments.length);
  }

  /**
   * Two pointers are equal when they have equal segments, which is when their texts are equal.
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal pointer
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DocumentPointer
        && Arrays.equals(((DocumentPointer) other).segments, segments);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = spread(segments);
      hash = h;
    }
    return h;
  }

  /**
   * Mixes the segments' hashes so that pointers differing only in their indexes spread over every
   * bit. {@code Arrays.hashCode} is linear in the indexes, so {@code /projects/i/contacts/j} and
   * {@code /projects/i-1/contacts/j+31} collided, and the keys of a large document's source map
   * fell into long probe chains: building the map grew with the square of the document.
   */
  private static int spread(Object[] segments) {
    int h = 0x2545F491;
    for (Object segment : segments) {
      h = mix(h ^ segment.hashCode()) + 0x9E3779B9;
    }
    // Zero marks a hash not yet computed; a pointer whose hash is zero recomputes it each time.
    return mix(h);
  }

  /** Murmur3's 32-bit finaliser: every input bit affects every output bit. */
  private static int mix(int value) {
    int h = value;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * Returns the pointer's RFC 6901 text: {@code ""} for the root, otherwise {@code /} before each
   * segment, with {@code ~} written {@code ~0} and {@code /} written {@code ~1}.
   *
   * @return the text, such as {@code /pathways/3/actions/2/id}; {@link #parse(String)} reads it
   *     back to an equal pointer
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      text.append('/');
      if (segment instanceof String name) {
        text.append(name.replace("~", "~0").replace("/", "~1"));
      } else {
        text.append(segment);
      }
    }
    return text.toString();
  }

  private DocumentPointer append(Object segment) {
    Object[] longer = Arrays.copyOf(segments, segments.length + 1);
    longer[segments.length] = segment;
    return new DocumentPointer(longer);
  }

  /** Returns {@code name} as an index if its text is one (see the class comment), else itself. */
  private static Object segment(String name) {
    int length = name.length();
    if (length == 0 || length > 10 || (name.charAt(0) == '0' && length > 1)) {
      return name;
    }
    long value = 0;
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return name;
      }
      value = value * 10 + (c - '0');
    }
    return value <= Integer.MAX_VALUE ? (Object) (int) value : name;
  }

  private static String unescape(String part, String text) {
    if (part.indexOf('~') < 0) {
      return part;
    }
    StringBuilder name = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c != '~') {
        name.append(c);
      } else if (i + 1 < part.length() && (part.charAt(i + 1) == '0' || part.charAt(i + 1) == '1')) {
        name.append(part.charAt(++i) == '0' ? '~' : '/');
      } else {
        throw new IllegalArgumentException(
            "in a JSON Pointer '~' is followed by 0 or 1 but found " + Quoting.quote(text));
      }
    }
    return name.toString();
  }
}
