package io.github.ceproadmap.json;

import static io.github.ceproadmap.json.StrictDecodeErrorsTest.VALID;
import static io.github.ceproadmap.json.StrictDecodeErrorsTest.change;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A failed decode gives nothing but its exception: every input kind and the source map variant
 * throw, the exception carries no part of the roadmap, and the codec is left as it was, so the
 * next decode gives exactly what a fresh codec gives. An I/O failure is an {@link IOException},
 * not a decode error.
 */
class FailedDecodeTest {
  /** Documents that fail at the start, in the middle, at the very end and in the bytes. */
  private static final Map<String, byte[]> BROKEN = Map.of(
      "not an object", "[]".getBytes(UTF_8),
      "bad action id", change("\"id\": \"1.1\"", "\"id\": \"1.x\"").getBytes(UTF_8),
      "missing key in the last project", change("\"kind\": \"cep-activity\", ", "").getBytes(UTF_8),
      "content after the document", (VALID + "{}").getBytes(UTF_8),
      "truncated", VALID.substring(0, VALID.length() - 4).getBytes(UTF_8),
      "not UTF-8", change("\"title\": \"A\"", "\"title\": \"A\u00ff\"")
          .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

  @TempDir Path dir;

  @Test
  void everyWayOfDecodingThrowsAndTheCodecGivesTheNextCallerWhatAFreshOneGives() throws Exception {
    RoadmapCodec shared = RoadmapCodec.lenient();
    DecodedRoadmap fresh = RoadmapCodec.lenient().decodeWithSourceMap(VALID);
    for (Map.Entry<String, byte[]> broken : BROKEN.entrySet()) {
      byte[] bytes = broken.getValue();
      Path file = Files.write(dir.resolve("broken.json"), bytes);
      List<DecodeOutcomes.Decode> ways = List.of(
          () -> shared.decode(bytes),
          () -> shared.decode(new String(bytes, UTF_8)),
          () -> shared.decode(new ByteArrayInputStream(bytes)),
          () -> shared.decode(new StringReader(new String(bytes, UTF_8))),
          () -> shared.decode(file),
          () -> shared.decodeWithSourceMap(bytes).roadmap(),
          () -> shared.decodeWithSourceMap(new String(bytes, UTF_8)).roadmap(),
          () -> shared.decodeWithSourceMap(new ByteArrayInputStream(bytes)).roadmap(),
          () -> shared.decodeWithSourceMap(new StringReader(new String(bytes, UTF_8))).roadmap(),
          () -> shared.decodeWithSourceMap(file).roadmap());
      for (int i = 0; i < ways.size(); i++) {
        DecodeOutcomes.Decode way = ways.get(i);
        String label = broken.getKey() + ", way " + i;
        if (broken.getKey().equals("not UTF-8") && (i == 1 || i == 3 || i == 6 || i == 8)) {
          continue; // a string cannot hold bytes that are not UTF-8
        }
        assertThrows(RoadmapDecodeException.class, way::run, label);
        DecodedRoadmap next = shared.decodeWithSourceMap(VALID);
        assertEquals(fresh.roadmap(), next.roadmap(), label);
        assertEquals(fresh.sourceMap().size(), next.sourceMap().size(), label);
        assertEquals(fresh.sourceMap().toString(), next.sourceMap().toString(), label);
      }
    }
  }

  @Test
  void theExceptionHoldsOnlyTheProblemAndItsPlace() {
    for (Field field : RoadmapDecodeException.class.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        // The code is a constant of an enum: it holds nothing of the document.
        assertTrue(field.getType() == String.class || field.getType() == int.class
                || field.getType() == RoadmapDecodeException.Code.class,
            () -> field + " could hold part of a decoded value");
      }
    }
    for (byte[] broken : BROKEN.values()) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
          () -> RoadmapCodec.strict().decodeWithSourceMap(broken));
      assertNull(e.getCause(), e::getMessage);
      assertEquals(0, e.getSuppressed().length, e::getMessage);
    }
  }

  @Test
  void aJacksonMapperThrowsForBrokenDocumentsAndReadsTheNextOne() {
    JsonMapper mapper = JsonMapper.builder().addModule(new CepJsonModule()).build();
    for (byte[] broken : BROKEN.values()) {
      assertThrows(JacksonException.class, () -> mapper.readValue(broken, Roadmap.class));
      assertEquals(RoadmapCodec.strict().decode(VALID), mapper.readValue(VALID, Roadmap.class));
    }
  }

  @Test
  void aStreamThatFailsIsAnIoExceptionAndIsNotClosed() {
    IOException failure = new IOException("disk on fire");
    for (int failAfter : new int[] {0, 1, 100, VALID.length() - 1}) {
      TrackedStream stream = new TrackedStream(VALID.getBytes(UTF_8), failAfter, failure);
      IOException e = assertThrows(IOException.class, () -> RoadmapCodec.strict().decode(stream));
      assertSame(failure, e, "after " + failAfter + " bytes");
      assertFalse(stream.closed, "the codec closed the caller's stream");
      TrackedStream mapped = new TrackedStream(VALID.getBytes(UTF_8), failAfter, failure);
      assertSame(failure, assertThrows(IOException.class,
          () -> RoadmapCodec.strict().decodeWithSourceMap(mapped)));
    }
  }

  @Test
  void aStreamIsNeitherClosedOnSuccessNorOnADecodeError() throws IOException {
    TrackedStream good = new TrackedStream(VALID.getBytes(UTF_8), Integer.MAX_VALUE, null);
    assertEquals("r", RoadmapCodec.strict().decode(good).id());
    assertFalse(good.closed);
    assertEquals(-1, good.read(), "a decoded document's stream is read to its end");
    TrackedStream bad = new TrackedStream(BROKEN.get("bad action id"), Integer.MAX_VALUE, null);
    assertInstanceOf(RoadmapDecodeException.class,
        assertThrows(RuntimeException.class, () -> RoadmapCodec.strict().decode(bad)));
    assertFalse(bad.closed);
  }

  /** A stream that fails after some bytes and remembers whether it was closed. */
  private static final class TrackedStream extends FilterInputStream {
    private final int failAfter;
    private final IOException failure;
    private int read;
    boolean closed;

    TrackedStream(byte[] bytes, int failAfter, IOException failure) {
      super(new ByteArrayInputStream(bytes));
      this.failAfter = failAfter;
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (read >= failAfter) {
        throw failure;
      }
      int n = super.read(buffer, offset, Math.min(count, failAfter - read));
      read += Math.max(n, 0);
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
