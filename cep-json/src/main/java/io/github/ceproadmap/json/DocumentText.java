package io.github.ceproadmap.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a string or byte array into the text of one document, within the document length limit;
 * {@link DocumentInput} does the same for streams and readers, as they are read.
 *
 * <p>Bytes are decoded as UTF-8 here rather than by Jackson, for two reasons: columns then count
 * characters for every input (Jackson's byte parser counts bytes), and a malformed byte sequence
 * is reported with its line and column. A leading byte order mark is dropped. Holding the whole
 * document in memory is what {@link DecodeLimits#maxDocumentLength()} bounds.
 */
final class DocumentText {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private DocumentText() {}

  static String of(String text, DecodeLimits limits) {
    requireLength(text.length(), limits);
    return withoutByteOrderMark(text);
  }

  static String of(byte[] bytes, DecodeLimits limits) {
    requireLength(bytes.length, limits);
    return decodeUtf8(bytes, bytes.length);
  }

  private static void requireLength(long length, DecodeLimits limits) {
    if (length > limits.maxDocumentLength()) {
      throw new RoadmapDecodeException(Limit.DOCUMENT_LENGTH.exceeded(limits), 1, 1, "");
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
    int line = 1;
    int lineStart = 0;
    int start = before.length() > 0 && before.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    for (int i = start; i < before.length(); i++) {
      char c = before.charAt(i);
      boolean crlf = c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n';
      if ((c == '\n' || c == '\r') && !crlf) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = before.length() - Math.max(lineStart, start) + 1;
    return new RoadmapDecodeException(
        "the document is not valid UTF-8: malformed bytes at byte offset " + offset,
        line, column, "");
  }

  private static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
