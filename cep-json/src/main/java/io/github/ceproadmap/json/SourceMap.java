package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a decoded document starts: a map from JSON Pointer to {@link
 * SourceLocation}, for reports that point a person at the line and column of a finding.
 *
 * <p>It holds the document itself (the root pointer) and every object member and array element that
 * the decoder read, such as {@code /pathways/1/actions/0/id}; each maps to the first character of
 * the value (its opening brace, bracket, quote or digit), not to its key. The inside of an
 * extension member kept by a lenient decode is not mapped member by member; {@link
 * #locate(DocumentPointer)} falls back to the extension member itself.
 *
 * <p>A source map is immutable and safe to share between threads. {@link
 * RoadmapCodec#decodeWithSourceMap(String)} and its siblings build one; a plain {@code decode}
 * does not.
 */
public final class SourceMap {
  private final Map<DocumentPointer, SourceLocation> locations;

  private SourceMap(Map<DocumentPointer, SourceLocation> locations) {
    this.locations = locations;
  }

  /**
   * Returns where the value at {@code pointer} starts, if the document has that value.
   *
   * @param pointer a JSON Pointer such as {@code /pathways/1/title}, the root for the document
   * @return the location, or empty if the decoded document had no value there
   */
  public Optional<SourceLocation> find(DocumentPointer pointer) {
    return Optional.ofNullable(locations.get(pointer));
  }

  /**
   * Returns where the value at {@code pointer} starts or, if the document has no value there,
   * where its nearest ancestor starts: {@code /projects/0/start} of a project without a start
   * month gives the location of {@code /projects/0}. Findings of the validator point at values
   * that may be absent (a missing key) or that the map does not itself hold (the inside of an
   * extension member), so this lookup always has an answer.
   *
   * @param pointer a JSON Pointer
   * @return the location of the value or of its nearest ancestor; at worst of the document
   */
  public SourceLocation locate(DocumentPointer pointer) {
    for (int length = pointer.size(); length > 0; length--) {
      SourceLocation location = locations.get(pointer.prefix(length));
      if (location != null) {
        return location;
      }
    }
    return locations.getOrDefault(DocumentPointer.root(), SourceLocation.of(1, 1));
  }

  /**
   * Returns how many values the map locates.
   *
   * @return the number of pointers held, at least 1 for a decoded document
   */
  public int size() {
    return locations.size();
  }

  /**
   * Returns the map from pointer to location as {@code {pointer=line:column, ...}}, in no
   * particular order.
   *
   * @return a text form for debugging
   */
  @Override
  public String toString() {
    return locations.toString();
  }

  /** Collects locations during one decode; not thread-safe, used by one decode only. */
  static final class Builder {
    private final Map<DocumentPointer, SourceLocation> locations = new HashMap<>();

    void put(DocumentPointer pointer, int line, int column) {
      locations.put(pointer, SourceLocation.of(line, column));
    }

    SourceMap build() {
      // Not Map.copyOf: its open addressing probed long runs of neighbouring pointer hashes, and
      // this builder's map is never changed after build.
      return new SourceMap(Collections.unmodifiableMap(locations));
    }
  }
}
