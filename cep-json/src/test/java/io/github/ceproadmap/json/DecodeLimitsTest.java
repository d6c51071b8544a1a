package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.VALID;
import static io.github.ceproadmap.json.StrictDecodeErrorsTest.assertError;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Each limit, exceeded by {@link StrictDecodeErrorsTest#VALID}, fails with the codec's exception
 * naming the limit and how to raise it, located where reading stopped.
 */
class DecodeLimitsTest {
  @Test
  void theDefaultsAreTheDocumentedOnes() {
    DecodeLimits limits = DecodeLimits.defaults();
    assertEquals(64 * 1024 * 1024, limits.maxDocumentLength());
    assertEquals(64, limits.maxNestingDepth());
    assertEquals(1024 * 1024, limits.maxStringLength());
    assertEquals(100, limits.maxNumberLength());
    assertEquals(1024, limits.maxNameLength());
    assertEquals(10_000_000L, limits.maxTokenCount());
    assertEquals(limits, RoadmapCodec.strict().limits());
  }

  @Test
  void aDocumentLongerThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
    RoadmapCodec codec = codec(DecodeLimits.builder().maxDocumentLength(100).build());
    String problem = "the document length exceeds the limit of 100;"
        + " raise DecodeLimits.maxDocumentLength to read this document";
    assertError(codec, VALID, problem, 1, 1, "");
    for (Object input : new Object[] {"bytes", "stream", "reader"}) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class, () -> {
        if (input.equals("bytes")) {
          codec.decode(VALID.getBytes(UTF_8));
        } else if (input.equals("stream")) {
          codec.decode(new ByteArrayInputStream(VALID.getBytes(UTF_8)));
        } else {
          codec.decode(new StringReader(VALID));
        }
      });
      assertEquals(problem, e.problem());
    }
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    // The document object is level 1, pathways 2, a pathway 3, its actions 4.
    assertError(codec(DecodeLimits.builder().maxNestingDepth(3).build()), VALID,
        "the nesting depth exceeds the limit of 3;"
            + " raise DecodeLimits.maxNestingDepth to read this document",
        8, 46, "/pathways/0/actions");
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    assertError(codec(DecodeLimits.builder().maxStringLength(10).build()), VALID,
        "the string length exceeds the limit of 10;"
            + " raise DecodeLimits.maxStringLength to read this document",
        6, 62, "/axes/0/title");
  }

  @Test
  void aNumberLongerThanTheLimitIsRefused() {
    assertError(codec(DecodeLimits.builder().maxNumberLength(1).build()), VALID,
        "the number length exceeds the limit of 1;"
            + " raise DecodeLimits.maxNumberLength to read this document",
        15, 66, "/projects/0/durationMonths");
  }

  @Test
  void aKeyLongerThanTheLimitIsRefused() {
    assertError(codec(DecodeLimits.builder().maxNameLength(10).build()), VALID,
        "the key length exceeds the limit of 10;"
            + " raise DecodeLimits.maxNameLength to read this document",
        2, 18, "");
  }

  @Test
  void moreTokensThanTheLimitAreRefused() {
    // The 21st token is the opening brace of the first pathway.
    assertError(codec(DecodeLimits.builder().maxTokenCount(20).build()), VALID,
        "the token count exceeds the limit of 20;"
            + " raise DecodeLimits.maxTokenCount to read this document",
        8, 6, "/pathways/0");
  }

  @Test
  void raisedLimitsReadWhatTheDefaultsRefuse() {
    String longTitle = "x".repeat(DecodeLimits.DEFAULT_MAX_STRING_LENGTH + 1);
    String json = StrictDecodeErrorsTest.change("\"title\": \"T\"", "\"title\": \"" + longTitle + "\"");
    assertThrows(RoadmapDecodeException.class, () -> RoadmapCodec.strict().decode(json));
    RoadmapCodec raised = codec(DecodeLimits.builder().maxStringLength(2 << 20).build());
    assertEquals(longTitle, raised.decode(json).title());
  }

  @Test
  void aLimitBelowOneIsRefusedByTheBuilder() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DecodeLimits.builder().maxNestingDepth(0));
    assertEquals("expected maxNestingDepth >= 1 but found 0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> DecodeLimits.builder().maxTokenCount(0));
    assertThrows(IllegalArgumentException.class,
        () -> DecodeLimits.builder().maxDocumentLength(Integer.MAX_VALUE));
  }

  @Test
  void toBuilderKeepsEveryLimit() {
    DecodeLimits limits = DecodeLimits.builder().maxDocumentLength(1).maxNestingDepth(2)
        .maxStringLength(3).maxNumberLength(4).maxNameLength(5).maxTokenCount(6).build();
    assertEquals(limits, limits.toBuilder().build());
    assertEquals(limits.hashCode(), limits.toBuilder().build().hashCode());
  }

  private static RoadmapCodec codec(DecodeLimits limits) {
    return RoadmapCodec.builder().limits(limits).build();
  }
}
