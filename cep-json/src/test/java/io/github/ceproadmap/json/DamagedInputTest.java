package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Whatever is done to a document's bytes, decoding either succeeds or throws {@link
 * RoadmapDecodeException} with a location inside the text: no Jackson exception, no
 * NullPointerException, no model exception escapes.
 */
class DamagedInputTest {
  private static final RoadmapCodec LENIENT = RoadmapCodec.lenient();
  private static final RoadmapCodec STRICT_PRETTY =
      RoadmapCodec.builder().pretty(true).build();
  private static final String PUNCTUATION = "{}[]:,\"\\ 0-.eEtfn";

  @Test
  void truncatedOrAlteredDocumentsFailOnlyWithTheCodecsException() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] bytes = STRICT_PRETTY.encodeToBytes(RoadmapGenerator.roadmap(random));
      byte[] damaged = damage(bytes, random);
      for (RoadmapCodec codec : new RoadmapCodec[] {RoadmapCodec.strict(), LENIENT}) {
        try {
          codec.decode(damaged);
        } catch (RoadmapDecodeException e) {
          assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
          assertTrue(e.pointer().equals(DocumentPointer.parse(e.pointer().toString())), e::getMessage);
          assertTrue(!e.problem().isBlank(), e::getMessage);
        }
      }
    });
  }

  private static byte[] damage(byte[] bytes, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      case 1:
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        return bytes;
      case 2:
        bytes[random.nextInt(bytes.length)] =
            (byte) PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()));
        return bytes;
      default:
        String text = new String(bytes, StandardCharsets.UTF_8);
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + random.nextInt(40));
        return (text.substring(0, from) + text.substring(to)).getBytes(StandardCharsets.UTF_8);
    }
  }
}
