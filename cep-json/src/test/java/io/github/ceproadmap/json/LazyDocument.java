package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.InputStream;
import java.io.Reader;

/**
 * A document that is mostly one repeated pattern, made as it is read: {@code head}, then {@code
 * pattern} until {@code length} bytes, then {@code tail}. A 100 MB document costs no memory.
 */
final class LazyDocument {
  private final byte[] head;
  private final byte[] pattern;
  private final long fill;
  private final byte[] tail;

  private LazyDocument(String head, String pattern, long fill, String tail) {
    this.head = head.getBytes(UTF_8);
    this.pattern = pattern.getBytes(UTF_8);
    this.fill = fill - fill % this.pattern.length;
    this.tail = tail.getBytes(UTF_8);
  }

  /** {@code head}, then {@code pattern} repeated to about {@code fill} bytes, then {@code tail}. */
  static LazyDocument of(String head, String pattern, long fill, String tail) {
    return new LazyDocument(head, pattern, fill, tail);
  }

  long length() {
    return head.length + fill + tail.length;
  }

  /** Returns the byte at {@code position}, which is below {@link #length()}. */
  private byte at(long position) {
    if (position < head.length) {
      return head[(int) position];
    }
    long inFill = position - head.length;
    if (inFill < fill) {
      return pattern[(int) (inFill % pattern.length)];
    }
    return tail[(int) (inFill - fill)];
  }

  /** The document as a stream of UTF-8 bytes. */
  InputStream stream() {
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position < length() ? at(position++) & 0xFF : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
          return 0;
        }
        if (position >= length()) {
          return -1;
        }
        int n = (int) Math.min(count, length() - position);
        for (int i = 0; i < n; i++) {
          buffer[offset + i] = at(position++);
        }
        return n;
      }
    };
  }

  /** The document as characters; only for ASCII patterns, where a byte is a character. */
  Reader reader() {
    return new java.io.InputStreamReader(stream(), UTF_8);
  }
}
