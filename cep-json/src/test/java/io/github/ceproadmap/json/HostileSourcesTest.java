package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Sources that break their contract and text that would drive a terminal: a stream or reader
 * whose {@code read} returns 0 fails at once instead of spinning; what the decoder says about malformed input carries no
 * raw control character and none of Jackson's internal wording.
 */
class HostileSourcesTest {
  /** Only a guard so that a regression fails instead of hanging the build. */
  private static final Duration HANG_GUARD = Duration.ofMinutes(1);

  private static final String DOCUMENT = RoadmapCodec.strict().encode(Editions.tableB());

  @Test
  void aStreamThatReturnsZeroBytesFailsWithAnIoExceptionThatSaysSo() {
    byte[] bytes = DOCUMENT.getBytes(StandardCharsets.UTF_8);
    IOException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(IOException.class,
        () -> RoadmapCodec.strict().decode(new ZeroAfter(bytes, 100))));
    assertTrue(e.getMessage().contains("returned 0 bytes"), e.getMessage());
  }

  @Test
  void aReaderThatReturnsZeroCharactersFailsWithAnIoExceptionThatSaysSo() {
    IOException e = assertTimeoutPreemptively(HANG_GUARD, () -> assertThrows(IOException.class,
        () -> RoadmapCodec.strict().decodeWithSourceMap(new Reader() {
          private final Reader start = new StringReader(DOCUMENT.substring(0, 50));

          @Override
          public int read(char[] into, int offset, int count) throws IOException {
            int n = start.read(into, offset, count);
            return n < 0 ? 0 : n;
          }

          @Override
          public void close() {}
        })));
    assertTrue(e.getMessage().contains("returned 0 characters"), e.getMessage());
  }

  @Test
  void malformedJsonIsReportedWithoutRawControlCharactersOrJacksonWording() {
    for (String bad : new String[] {"{\"id\": \u001bc}", "{\"id\": tru\u009b2J}",
        "{\"id\u0007\": 1,}", "[\u202e]", "{\"a\":\"\u0001\"}"}) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
          () -> RoadmapCodec.strict().decode(bad));
      for (char c : e.getMessage().toCharArray()) {
        assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e,
            () -> "raw U+" + Integer.toHexString(c) + " in: " + e.getMessage());
      }
      assertFalse(e.getMessage().contains("Source:"), e.getMessage());
      assertFalse(e.getMessage().contains("REDACTED"), e.getMessage());
    }
  }

  /** A stream that hands out {@code bytes} up to {@code limit}, then 0 bytes on every read. */
  private static final class ZeroAfter extends InputStream {
    private final ByteArrayInputStream start;

    ZeroAfter(byte[] bytes, int limit) {
      this.start = new ByteArrayInputStream(bytes, 0, limit);
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException("only bulk reads");
    }

    @Override
    public int read(byte[] into, int offset, int count) {
      int n = start.read(into, offset, count);
      return n < 0 ? 0 : n;
    }
  }
}
