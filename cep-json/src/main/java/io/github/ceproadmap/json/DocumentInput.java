package io.github.ceproadmap.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a document given as a stream or a reader, handed to the parser as they are
 * read. Reading the whole input first would cost memory in proportion to the document length
 * limit before any other limit is checked (a 100 MB string would fill a small heap on its way to
 * being refused at 1 MiB); read this way, reading stops as soon as any limit is exceeded.
 *
 * <p>As {@link DocumentText} does for whole documents: bytes are decoded here as strict UTF-8, so
 * that columns count characters and malformed bytes are reported with their line and column; a
 * leading byte order mark is dropped; and more than {@link DecodeLimits#maxDocumentLength()}
 * bytes (characters, for a reader) is an error. Errors are {@link RoadmapDecodeException}s at the
 * place reading stopped. Closing does nothing: the caller owns the source.
 */
final class DocumentInput extends Reader {
  private static final int BUFFER_SIZE = 8192;

  private final @Nullable InputStream bytes;
  private final @Nullable Reader chars;
  private final DecodeLimits limits;
  private final @Nullable CharsetDecoder decoder;
  private final ByteBuffer buffer;

  /** Bytes (or characters, for a reader) read from the source. */
  private long length;
  /** Bytes dropped from the front of {@link #buffer} so far, for the offset of bad bytes. */
  private long consumed;
  private boolean endOfInput;
  private boolean atStart = true;

  /** Where the next character handed out stands. */
  private final TextPlace place = new TextPlace();

  private DocumentInput(@Nullable InputStream bytes, @Nullable Reader chars, DecodeLimits limits) {
    this.bytes = bytes;
    this.chars = chars;
    this.limits = limits;
    this.decoder = bytes == null ? null : StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.buffer = ByteBuffer.allocate(bytes == null ? 0 : BUFFER_SIZE).flip();
  }

  /** The characters of the UTF-8 document that {@code in} holds. */
  static DocumentInput of(InputStream in, DecodeLimits limits) {
    return new DocumentInput(in, null, limits);
  }

  /** The characters of the document that {@code in} holds. */
  static DocumentInput of(Reader in, DecodeLimits limits) {
    return new DocumentInput(null, in, limits);
  }

  @Override
  public int read(char[] into, int offset, int count) throws IOException {
    if (count == 0) {
      return 0;
    }
    int n;
    do {
      n = chars != null ? readChars(chars, into, offset, count) : decode(into, offset, count);
      if (n > 0 && atStart) {
        atStart = false;
        if (DocumentText.startsWithByteOrderMark(CharBuffer.wrap(into, offset, n))) {
          System.arraycopy(into, offset + 1, into, offset, --n);
        }
      }
    } while (n == 0);
    if (n > 0) {
      place.advance(into, offset, n);
    }
    return n;
  }

  private int readChars(Reader in, char[] into, int offset, int count) throws IOException {
    int n = in.read(into, offset, count);
    if (n == 0) {
      throw nothingRead("Reader", "characters");
    }
    if (n > 0) {
      length += n;
      requireLength();
    }
    return n < 0 ? -1 : n;
  }

  /** Decodes at least one character into {@code into}, reading bytes as needed; -1 at the end. */
  private int decode(char[] into, int offset, int count) throws IOException {
    CharsetDecoder utf8 = java.util.Objects.requireNonNull(decoder);
    CharBuffer out = CharBuffer.wrap(into, offset, count);
    while (true) {
      CoderResult result = utf8.decode(buffer, out, endOfInput);
      if (endOfInput && !result.isError()) {
        result = utf8.flush(out);
      }
      if (result.isError()) {
        place.advance(into, offset, out.position() - offset);
        throw DocumentText.notUtf8(consumed + buffer.position(), place);
      }
      int n = out.position() - offset;
      if (n > 0 || endOfInput) {
        return n > 0 ? n : -1;
      }
      fill();
    }
  }

  /** Keeps the undecoded bytes and reads more after them, or notes the end of the input. */
  private void fill() throws IOException {
    InputStream in = java.util.Objects.requireNonNull(bytes);
    consumed += buffer.position();
    buffer.compact();
    int n = in.read(buffer.array(), buffer.position(), buffer.remaining());
    if (n == 0) {
      throw nothingRead("InputStream", "bytes");
    }
    if (n < 0) {
      endOfInput = true;
    } else {
      buffer.position(buffer.position() + n);
      length += n;
    }
    buffer.flip();
    requireLength();
  }

  /**
   * A source whose {@code read} returns 0 for room to fill breaks its contract (it must block
   * until it has something, or say -1 at the end); asking it again would spin forever.
   */
  private IOException nothingRead(String type, String units) {
    return new IOException("the " + type + " returned 0 " + units + " from read with room for"
        + " more, neither data nor the end of the input, at line " + place.line() + ", column "
        + place.column() + "; reading stopped");
  }

  private void requireLength() {
    DocumentText.requireLength(length, limits, place);
  }

  /** Does not close the source, which belongs to the caller. */
  @Override
  public void close() {}
}
