package io.github.ceproadmap.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints set from {@link DecodeLimits}, raising each exceeded limit as a
 * {@link Exceeded} that carries the {@link Limit} as a type: the decoder never has to find out from
 * Jackson's message text which limit was hit.
 */
final class LimitedReads extends StreamReadConstraints {
  private static final long serialVersionUID = 1L;

  LimitedReads(DecodeLimits limits) {
    super(limits.maxNestingDepth(), limits.maxDocumentLength(), limits.maxTokenCount(),
        limits.maxNumberLength(), limits.maxStringLength(), limits.maxNameLength());
  }

  /** Jackson's constraint exception for one exceeded {@link Limit}. */
  static final class Exceeded extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    private final Limit limit;

    // Jackson's constructors set no cause; its message and location are all the cause holds.
    Exceeded(Limit limit, StreamConstraintsException cause) {
      super(cause.getOriginalMessage(), cause.getLocation());
      this.limit = limit;
    }

    /** The limit the document exceeds. */
    Limit limit() {
      return limit;
    }
  }

  @Override
  public void validateNestingDepth(int depth) {
    try {
      super.validateNestingDepth(depth);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NESTING_DEPTH, e);
    }
  }

  @Override
  public void validateDocumentLength(long length) {
    try {
      super.validateDocumentLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.DOCUMENT_LENGTH, e);
    }
  }

  @Override
  public void validateTokenCount(long count) {
    try {
      super.validateTokenCount(count);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.TOKEN_COUNT, e);
    }
  }

  @Override
  public void validateFPLength(int length) {
    try {
      super.validateFPLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NUMBER_LENGTH, e);
    }
  }

  @Override
  public void validateIntegerLength(int length) {
    try {
      super.validateIntegerLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NUMBER_LENGTH, e);
    }
  }

  @Override
  public void validateStringLength(int length) {
    try {
      super.validateStringLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.STRING_LENGTH, e);
    }
  }

  @Override
  public void validateStringLengthLong(long length) {
    try {
      super.validateStringLengthLong(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.STRING_LENGTH, e);
    }
  }

  @Override
  public void validateNameLength(int length) {
    try {
      super.validateNameLength(length);
    } catch (StreamConstraintsException e) {
      throw new Exceeded(Limit.NAME_LENGTH, e);
    }
  }
}
