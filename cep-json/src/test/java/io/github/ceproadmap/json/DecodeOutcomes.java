package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decodes untrusted bytes and fails the test unless the outcome is one the codec documents: a
 * roadmap that survives encoding and decoding again unchanged, or a {@link
 * RoadmapDecodeException} with a line and column inside the input, a pointer and a problem.
 * Anything else — another exception, a {@link StackOverflowError}, an {@link OutOfMemoryError} —
 * fails with {@code label}, which should say how to reproduce the case.
 */
final class DecodeOutcomes {
  private DecodeOutcomes() {}

  /**
   * Decodes {@code input} as bytes, as a stream and (when it is UTF-8) as a string, with and
   * without a source map, and checks that every way agrees.
   *
   * @return the roadmap, or empty if the codec rejected the input
   */
  static Optional<Roadmap> decode(RoadmapCodec codec, byte[] input, Supplier<String> label) {
    Optional<String> text = utf8(input);
    Optional<Roadmap> fromBytes = outcome(() -> codec.decode(input), text, label);
    Optional<Roadmap> mapped =
        outcome(() -> codec.decodeWithSourceMap(input).roadmap(), text, label);
    assertEquals(fromBytes, mapped, () -> label.get() + ": decodeWithSourceMap disagrees");
    Optional<Roadmap> fromStream =
        outcome(() -> codec.decode(new ByteArrayInputStream(input)), text, label);
    assertEquals(fromBytes, fromStream, () -> label.get() + ": decoding a stream disagrees");
    if (text.isPresent()) {
      Optional<Roadmap> fromString = outcome(() -> codec.decode(text.get()), text, label);
      assertEquals(fromBytes, fromString, () -> label.get() + ": decoding a string disagrees");
    }
    fromBytes.ifPresent(roadmap -> assertReencodes(codec, roadmap, label));
    return fromBytes;
  }

  /** A decoded roadmap encodes, as text and as bytes, to a document that decodes to it again. */
  static void assertReencodes(RoadmapCodec codec, Roadmap roadmap, Supplier<String> label) {
    try {
      assertEquals(roadmap, codec.decode(codec.encode(roadmap)),
          () -> label.get() + ": encode then decode changed the roadmap");
      assertEquals(roadmap, codec.decode(codec.encodeToBytes(roadmap)),
          () -> label.get() + ": encodeToBytes then decode changed the roadmap");
    } catch (RuntimeException e) {
      throw new AssertionError(label.get() + ": a decoded roadmap did not re-encode and decode", e);
    }
  }

  /**
   * Runs one decode; returns the roadmap, or empty after checking the codec's exception.
   *
   * @param text the input as text, or empty if it is not UTF-8
   */
  static Optional<Roadmap> outcome(Decode decode, Optional<String> text, Supplier<String> label) {
    try {
      return Optional.of(decode.run());
    } catch (RoadmapDecodeException e) {
      assertWellFormed(e, text, label);
      return Optional.empty();
    } catch (Throwable t) {
      // Every other outcome is the bug being looked for, StackOverflowError and
      // OutOfMemoryError included: report it with the case that caused it.
      throw new AssertionError(label.get() + ": decoding ended in " + t, t);
    }
  }

  /**
   * The exception has a problem, a pointer, and a line and column from 1 that lie inside the
   * input (the column may be one past the end of its line, where input ends or a limit stops).
   */
  static void assertWellFormed(
      RoadmapDecodeException e, Optional<String> text, Supplier<String> label) {
    Supplier<String> context = () -> label.get() + ": " + e.getMessage();
    assertNotNull(e.pointer(), context);
    assertTrue(e.pointer().equals(DocumentPointer.parse(e.pointer().toString())), context);
    assertFalse(e.problem().isBlank(), context);
    assertTrue(e.line() >= 1 && e.column() >= 1, context);
    assertTrue(e.getMessage().startsWith(e.problem()), context);
    if (text.isPresent()) {
      assertTrue(e.column() <= lengthOfLine(withoutByteOrderMark(text.get()), e.line()) + 1,
          context);
    }
  }

  /** Returns the length of line {@code line} (from 1), or -2 if the text has fewer lines. */
  private static int lengthOfLine(String text, int line) {
    int start = 0;
    for (int at = 1; at < line; at++) {
      int end = endOfLine(text, start);
      if (end == text.length()) {
        return -2;
      }
      start = end + (text.startsWith("\r\n", end) ? 2 : 1);
    }
    return endOfLine(text, start) - start;
  }

  private static int endOfLine(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return end;
  }

  /** Returns the bytes as text if they are well-formed UTF-8. */
  static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** One way of decoding. */
  @FunctionalInterface
  interface Decode {
    Roadmap run() throws IOException;
  }
}
