package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a document is not a format 1.0 roadmap document: malformed JSON, content after the
 * document, a wrong type, a missing, unknown or duplicate key, a malformed id, an unsupported
 * {@code schemaVersion}, or a decode limit exceeded. It says what is wrong and where.
 *
 * <p>The message reads like {@code expected an action id like "2.5" but found "2.x" at 14:19
 * (/pathways/1/actions/0/id)}: the {@link #problem() problem}, then {@code line:column}, then the
 * {@link #pointer() JSON Pointer} in parentheses ({@code (document root)} for the empty pointer).
 *
 * <p>The location is where the offending text starts: the value for a wrong value, the key for
 * an unknown or duplicate key, the opening brace of the object for a missing key, the first
 * character that cannot be read for malformed JSON, and the place reading stopped for an
 * exceeded limit. The pointer names the offending value, or the object that lacks a key.
 * Consistency between values (a duplicate action id, an unknown axis) is no decode error: the
 * validator of {@code io.github.ceproadmap.model.validation} reports those.
 */
public final class RoadmapDecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem makes a document unreadable, for tools that act on it. */
  public enum Code {
    /** Not JSON: malformed, not UTF-8, empty, or with content after the document. */
    NOT_JSON,
    /** A value of another JSON type than the format's: a string for a number, an array for an object. */
    WRONG_TYPE,
    /** A value of the right type that the format refuses: a malformed id, date or code, a number out of range, an unsupported schemaVersion. */
    BAD_VALUE,
    /** A key the format does not know, in strict mode. */
    UNKNOWN_KEY,
    /** A key twice in one object. */
    DUPLICATE_KEY,
    /** A required key that is missing. */
    MISSING_KEY,
    /** A decode limit exceeded ({@link DecodeLimits}). */
    LIMIT_EXCEEDED;

    /**
     * Returns the code as reports write it, kebab-case: {@code "unknown-key"}.
     *
     * @return the id
     */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** What kind of problem it is. */
  private final Code code;

  /** The key, for an unknown, duplicate or missing key; null otherwise. */
  private final @Nullable String key;

  /** What is wrong, without the location. */
  private final String problem;

  /** The line, from 1. */
  private final int line;

  /** The column, from 1. */
  private final int column;

  /**
   * The text of the JSON Pointer of the offending value; text, not a {@link DocumentPointer},
   * because an exception is serializable.
   */
  private final String pointer;

  RoadmapDecodeException(Code code, @Nullable String key, String problem, int line, int column,
      DocumentPointer pointer) {
    super(problem + " at " + line + ":" + column
        + " (" + (pointer.isRoot() ? "document root" : pointer) + ")");
    this.code = Objects.requireNonNull(code, "code");
    this.key = key;
    this.problem = problem;
    this.line = line;
    this.column = column;
    this.pointer = pointer.toString();
  }

  /**
   * Returns what kind of problem it is.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }

  /**
   * Returns the key, for an {@link Code#UNKNOWN_KEY unknown}, {@link Code#DUPLICATE_KEY
   * duplicate} or {@link Code#MISSING_KEY missing} key.
   *
   * @return the key, or empty for another kind of problem
   */
  public Optional<String> key() {
    return Optional.ofNullable(key);
  }

  /**
   * Returns what is wrong, without the location.
   *
   * @return the problem, such as {@code duplicate key "title" in an action}
   */
  public String problem() {
    return problem;
  }

  /**
   * Returns the line where the problem is.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the problem is, counted in characters as {@link SourceLocation}
   * says.
   *
   * @return the column, from 1
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON Pointer of the offending value, or of the object that lacks a required key.
   *
   * @return the pointer, such as {@code /pathways/1/actions/0/id}; the root for the document
   */
  public DocumentPointer pointer() {
    return DocumentPointer.parse(pointer);
  }

  /**
   * Returns this error as seen from a larger document in which the decoded value sits at {@code
   * place}: the same problem and location, the pointer prefixed with {@code place}.
   *
   * @param place the JSON Pointer of the decoded value in the larger document
   */
  RoadmapDecodeException within(DocumentPointer place) {
    if (place.isRoot()) {
      return this;
    }
    RoadmapDecodeException located = new RoadmapDecodeException(code, key, problem, line,
        column, place.resolve(pointer()));
    located.setStackTrace(getStackTrace());
    return located;
  }

  /**
   * Returns the line and column as one value.
   *
   * @return the location
   */
  public SourceLocation location() {
    return SourceLocation.of(line, column);
  }
}
