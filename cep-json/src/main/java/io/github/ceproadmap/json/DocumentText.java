package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a string or byte array into the text of one document, within the document length limit;
 * {@link DocumentInput} does the same for streams and readers, as they are read. The rules both
 * follow are declared here once: the byte order mark, the length check and the report of
 * malformed UTF-8; {@link TextPlace} counts lines for both.
 *
 * <p>Bytes are decoded as UTF-8 here rather than by Jackson, for two reasons: columns then count
 * characters for every input (Jackson's byte parser counts bytes), and a malformed byte sequence
 * is reported with its line and column. A leading byte order mark is dropped. Holding the whole
 * document in memory is what {@link DecodeLimits#maxDocumentLength()} bounds.
 */
final class DocumentText {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final VarHandle EIGHT_BYTES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private DocumentText() {}

  static String of(String text, DecodeLimits limits) {
    requireLength(text.length(), limits);
    return withoutByteOrderMark(text);
  }

  static String of(byte[] bytes, DecodeLimits limits) {
    requireLength(bytes.length, limits);
    return decodeUtf8(bytes, bytes.length);
  }

  /**
   * Tells whether {@code bytes} are well-formed UTF-8 (Unicode's table 3-7, which the JDK's
   * decoder used by {@link #of(byte[], DecodeLimits)} follows: no overlong forms, no surrogates,
   * nothing above U+10FFFF) and free of zero bytes among the first four, by which Jackson's byte
   * parser would detect UTF-16 or UTF-32. Checks in place: the JDK's decoder, made to check
   * only, took a fifth of a decode's time on text that is not all ASCII.
   */
  static boolean isPlainUtf8(byte[] bytes) {
    for (int i = 0; i < Math.min(4, bytes.length); i++) {
      if (bytes[i] == 0) {
        return false;
      }
    }
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      // ASCII, most of any document, eight bytes at a time: no byte has its top bit set.
      while (i + 8 <= n && ((long) EIGHT_BYTES.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i == n) {
        break;
      }
      int lead = bytes[i];
      if (lead >= 0) {
        i++;
        continue;
      }
      lead &= 0xFF;
      // The bytes a sequence takes, and the range its second byte must lie in.
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
      } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : low;
        high = lead == 0xED ? 0x9F : high;
      } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : low;
        high = lead == 0xF4 ? 0x8F : high;
      } else {
        return false;
      }
      if (i + length > n) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /**
   * Tells whether JSON text in UTF-8 holds the escape of a high surrogate, U+D800 to U+DBFF,
   * which sends encoded output down the text path (a lone low surrogate comes out of the byte
   * generator as the text path writes it). Output mostly holds no backslash at all, so the
   * scan looks for one eight bytes at a time: byte by byte, it was a quarter of encoding the
   * reference document.
   */
  static boolean hasEscapedSurrogate(byte[] json) {
    int n = json.length;
    int i = 0;
    while (i < n - 5) {
      if (i + 8 <= n) {
        long backslashes = backslashes((long) EIGHT_BYTES.get(json, i));
        if (backslashes == 0) {
          i += 8;
          continue;
        }
        // Little-endian: the lowest flagged byte is the first backslash of the eight.
        i += Long.numberOfTrailingZeros(backslashes) >>> 3;
        if (i >= n - 5) {
          break;
        }
      } else if (json[i] != '\\') {
        i++;
        continue;
      }
      if (json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')
          && "89ABab".indexOf(json[i + 3]) >= 0) {
        return true;
      }
      i += 2; // Past the escaped character, which may be a backslash itself.
    }
    return false;
  }

  /**
   * Returns {@code word} with the top bit of each byte set where its lowest backslash byte is,
   * and possibly at bytes above that one; zero if none of its eight bytes is a backslash.
   */
  private static long backslashes(long word) {
    long x = word ^ 0x5C5C5C5C5C5C5C5CL; // A backslash byte becomes zero.
    return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
  }

  /** Fails unless a whole document of {@code length} bytes or characters is within the limit. */
  static void requireLength(long length, DecodeLimits limits) {
    requireLength(length, limits, new TextPlace());
  }

  /**
   * Fails unless {@code length} bytes or characters read so far are within the limit; the error
   * stands where reading stopped, {@code at}.
   */
  static void requireLength(long length, DecodeLimits limits, TextPlace at) {
    if (length > limits.maxDocumentLength()) {
      throw new RoadmapDecodeException(RoadmapDecodeException.Code.LIMIT_EXCEEDED, null,
          Limit.DOCUMENT_LENGTH.exceeded(limits), at.line(), at.column(), DocumentPointer.root());
    }
  }

  private static String decodeUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    // UTF-8 never yields more chars than bytes.
    CharBuffer out = CharBuffer.allocate(length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(out.flip(), in.position());
    }
    return withoutByteOrderMark(out.flip().toString());
  }

  /** Reports the malformed bytes at {@code offset}, located after the text decoded before them. */
  private static RoadmapDecodeException notUtf8(CharSequence before, int offset) {
    TextPlace at = new TextPlace();
    at.advance(before, startsWithByteOrderMark(before) ? 1 : 0, before.length());
    return notUtf8(offset, at);
  }

  /**
   * The one report of malformed UTF-8, for every input: the bytes at byte {@code offset} of the
   * input, after the text that ends at {@code at}.
   */
  static RoadmapDecodeException notUtf8(long offset, TextPlace at) {
    return new RoadmapDecodeException(RoadmapDecodeException.Code.NOT_JSON, null,
        "the document is not valid UTF-8: malformed bytes at byte offset " + offset,
        at.line(), at.column(), DocumentPointer.root());
  }

  private static String withoutByteOrderMark(String text) {
    return startsWithByteOrderMark(text) ? text.substring(1) : text;
  }

  /** Whether {@code text} starts with a byte order mark, which is dropped from every input. */
  static boolean startsWithByteOrderMark(CharSequence text) {
    return text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK;
  }
}
