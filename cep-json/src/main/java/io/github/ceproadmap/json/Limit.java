package io.github.ceproadmap.json;

import java.util.function.ToLongFunction;

/**
 * One of the {@link DecodeLimits}, with what a person needs to read when a document exceeds it:
 * the limit, its value and the builder method that raises it.
 */
enum Limit {
  DOCUMENT_LENGTH("document length", "maxDocumentLength", DecodeLimits::maxDocumentLength),
  NESTING_DEPTH("nesting depth", "maxNestingDepth", DecodeLimits::maxNestingDepth),
  STRING_LENGTH("string length", "maxStringLength", DecodeLimits::maxStringLength),
  NUMBER_LENGTH("number length", "maxNumberLength", DecodeLimits::maxNumberLength),
  NAME_LENGTH("key length", "maxNameLength", DecodeLimits::maxNameLength),
  TOKEN_COUNT("token count", "maxTokenCount", DecodeLimits::maxTokenCount);

  private final String what;
  private final String setting;
  private final ToLongFunction<DecodeLimits> value;

  Limit(String what, String setting, ToLongFunction<DecodeLimits> value) {
    this.what = what;
    this.setting = setting;
    this.value = value;
  }

  /** Says that a document exceeds this limit and how to raise it. */
  String exceeded(DecodeLimits limits) {
    return "the " + what + " exceeds the limit of " + value.applyAsLong(limits)
        + "; raise DecodeLimits." + setting + " to read this document";
  }
}
