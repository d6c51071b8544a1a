package io.github.ceproadmap.json;

import io.github.ceproadmap.model.JsonText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;

/**
 * Bounds on what one decode reads, so that untrusted input costs bounded memory and time and a
 * hostile document fails with a {@link RoadmapDecodeException} that names the limit instead of an
 * {@link OutOfMemoryError}.
 *
 * <p>The defaults are far above any real roadmap (the published edition is about 30 KiB, nests 5
 * levels deep and has some 3,000 tokens) and far below what hurts a server:
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>why</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB (67,108,864)</td>
 *       <td>the whole document is held in memory while it is read</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64</td>
 *       <td>the format nests 5 deep; the rest is room for extension members</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1 MiB (1,048,576 characters)</td>
 *       <td>the longest text, a project description, is a few paragraphs</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters</td>
 *       <td>the format's numbers have at most 10 digits; long numbers cost quadratic time</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,024 characters</td>
 *       <td>keys are short words</td></tr>
 *   <tr><td>{@link #maxTokenCount()}</td><td>10,000,000</td>
 *       <td>bounds the time spent on a document; a large roadmap has thousands</td></tr>
 * </table>
 *
 * <p>Change them with {@code DecodeLimits.builder().maxStringLength(4 << 20).build()} and hand the
 * result to {@link RoadmapCodec.Builder#limits(DecodeLimits)}. Instances are immutable.
 */
public final class DecodeLimits {
  /** The default {@link #maxDocumentLength()}: 64 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;

  /** The default {@link #maxNestingDepth()}: 64 levels. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = JsonText.MAX_NESTING_DEPTH;

  /** The default {@link #maxStringLength()}: 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = JsonText.MAX_STRING_LENGTH;

  /** The default {@link #maxNumberLength()}: 100 characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = JsonText.MAX_NUMBER_LENGTH;

  /** The default {@link #maxNameLength()}: 1,024 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = JsonText.MAX_NAME_LENGTH;

  /** The default {@link #maxTokenCount()}: ten million tokens. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 10_000_000L;

  /** The largest {@link #maxDocumentLength()} allowed: the largest array a JVM can allocate. */
  public static final int LARGEST_DOCUMENT_LENGTH = Integer.MAX_VALUE - 8;

  private static final DecodeLimits DEFAULTS = builder().build();

  private final int maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;
  private final long maxTokenCount;

  private DecodeLimits(Builder builder) {
    this.maxDocumentLength = builder.maxDocumentLength;
    this.maxNestingDepth = builder.maxNestingDepth;
    this.maxStringLength = builder.maxStringLength;
    this.maxNumberLength = builder.maxNumberLength;
    this.maxNameLength = builder.maxNameLength;
    this.maxTokenCount = builder.maxTokenCount;
  }

  /**
   * Returns the default limits.
   *
   * @return the limits with every default of this class
   */
  public static DecodeLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these limits.
   *
   * @return a builder holding these limits
   */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .maxTokenCount(maxTokenCount);
  }

  /**
   * Returns the longest document read: in bytes for a document given as bytes, a stream or a
   * file, in characters for one given as a {@code String} or a {@code Reader}.
   *
   * @return the maximum document length
   */
  public int maxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Returns how deep objects and arrays may nest; the document object itself is level 1.
   *
   * @return the maximum nesting depth
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Returns the longest string value, in characters.
   *
   * @return the maximum string length
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest number, in characters of its text (sign, digits, point and exponent).
   *
   * @return the maximum number length
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns the longest key, in characters.
   *
   * @return the maximum key length
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns how many tokens (braces, brackets, keys and scalar values) a document may have.
   *
   * @return the maximum token count
   */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /**
   * Returns these limits as Jackson's, for the codec's {@code JsonFactory}; an exceeded limit is
   * raised as a {@link LimitedReads.Exceeded} naming it.
   */
  StreamReadConstraints toStreamReadConstraints() {
    return new LimitedReads(this);
  }

  /**
   * Two limits are equal when every limit is.
   *
   * @param other the object to compare with
   * @return whether {@code other} holds the same limits
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DecodeLimits)) {
      return false;
    }
    DecodeLimits that = (DecodeLimits) other;
    return maxDocumentLength == that.maxDocumentLength
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNumberLength == that.maxNumberLength
        && maxNameLength == that.maxNameLength
        && maxTokenCount == that.maxTokenCount;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength,
        maxNameLength, maxTokenCount);
  }

  /**
   * Returns the limits as text, for logs.
   *
   * @return {@code DecodeLimits{maxDocumentLength=..., ...}}
   */
  @Override
  public String toString() {
    return "DecodeLimits{maxDocumentLength=" + maxDocumentLength
        + ", maxNestingDepth=" + maxNestingDepth
        + ", maxStringLength=" + maxStringLength
        + ", maxNumberLength=" + maxNumberLength
        + ", maxNameLength=" + maxNameLength
        + ", maxTokenCount=" + maxTokenCount + "}";
  }

  /** Builds {@link DecodeLimits}; starts from the defaults, and every limit must be at least 1. */
  public static final class Builder {
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;

    private Builder() {}

    /**
     * Sets {@link DecodeLimits#maxDocumentLength()}.
     *
     * @param length the longest document, from 1 to {@link DecodeLimits#LARGEST_DOCUMENT_LENGTH}
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is out of that range
     */
    public Builder maxDocumentLength(int length) {
      if (length > LARGEST_DOCUMENT_LENGTH) {
        throw new IllegalArgumentException("expected maxDocumentLength up to "
            + LARGEST_DOCUMENT_LENGTH + " but found " + length);
      }
      this.maxDocumentLength = atLeastOne("maxDocumentLength", length);
      return this;
    }

    /**
     * Sets {@link DecodeLimits#maxNestingDepth()}.
     *
     * @param depth the deepest nesting, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code depth} is below 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = atLeastOne("maxNestingDepth", depth);
      return this;
    }

    /**
     * Sets {@link DecodeLimits#maxStringLength()}.
     *
     * @param length the longest string, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = atLeastOne("maxStringLength", length);
      return this;
    }

    /**
     * Sets {@link DecodeLimits#maxNumberLength()}.
     *
     * @param length the longest number, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = atLeastOne("maxNumberLength", length);
      return this;
    }

    /**
     * Sets {@link DecodeLimits#maxNameLength()}.
     *
     * @param length the longest key, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is below 1
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = atLeastOne("maxNameLength", length);
      return this;
    }

    /**
     * Sets {@link DecodeLimits#maxTokenCount()}.
     *
     * @param count the most tokens, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public Builder maxTokenCount(long count) {
      if (count < 1) {
        throw new IllegalArgumentException("expected maxTokenCount >= 1 but found " + count);
      }
      this.maxTokenCount = count;
      return this;
    }

    /**
     * Returns the limits set.
     *
     * @return the limits
     */
    public DecodeLimits build() {
      return new DecodeLimits(this);
    }

    private static int atLeastOne(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException("expected " + name + " >= 1 but found " + value);
      }
      return value;
    }
  }
}
