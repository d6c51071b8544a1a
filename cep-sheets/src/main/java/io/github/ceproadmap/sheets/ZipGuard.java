package io.github.ceproadmap.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a workbook's zip before anything parses it, through the same zip reader the XLSX reader
 * uses, so that both see the same entries: each entry is inflated once, counted and scanned,
 * never held. Refuses a total inflated size or an entry's compression ratio over the limits (zip
 * bombs), XML that declares a DOCTYPE or an entity (external entities, billion laughs), and a
 * shared-strings table with more entries than the limit.
 */
final class ZipGuard {
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;
  private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHARED_STRING = "<si>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SHARED_STRING_ATTRIBUTES = "<si ".getBytes(StandardCharsets.US_ASCII);

  private ZipGuard() {}

  /** Throws a {@link SheetReadException} naming {@code name} if {@code zip} breaks a limit. */
  static void check(String name, byte[] zip, SheetLimits limits) {
    long total = 0;
    try (ZipFile file = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (Enumeration<ZipArchiveEntry> entries = file.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        boolean sharedStrings = entry.getName().endsWith("sharedStrings.xml");
        try (InputStream in = file.getInputStream(entry)) {
          total += scan(name, entry, in, total, sharedStrings, limits);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SheetReadException) {
        throw (SheetReadException) e;
      }
      throw new SheetReadException(name, "is not a readable XLSX workbook: " + e.getMessage());
    }
  }

  /** Inflates one entry, checking as it goes; returns its inflated size. */
  private static long scan(String name, ZipArchiveEntry entry, InputStream in, long before,
      boolean sharedStrings, SheetLimits limits) throws IOException {
    Needle doctype = new Needle(DOCTYPE);
    Needle entity = new Needle(ENTITY);
    Needle sharedString = new Needle(SHARED_STRING);
    Needle sharedStringWithAttributes = new Needle(SHARED_STRING_ATTRIBUTES);
    long compressed = Math.max(1, entry.getCompressedSize());
    long size = 0;
    long strings = 0;
    byte[] buffer = new byte[16 * 1024];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      size += n;
      if (before + size > limits.maxUncompressedBytes()) {
        throw new SheetReadException(name, "inflates to more than " + limits.maxUncompressedBytes()
            + " bytes (maxUncompressedBytes): refused as a zip bomb");
      }
      if (size > RATIO_GRACE_BYTES && size / compressed > limits.maxCompressionRatio()) {
        throw new SheetReadException(name, "entry " + entry.getName() + " inflates more than "
            + limits.maxCompressionRatio() + " times (maxCompressionRatio): refused as a zip bomb");
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (doctype.feed(b) || entity.feed(b)) {
          throw new SheetReadException(name, "entry " + entry.getName()
              + " declares a DOCTYPE or an entity, which a workbook never needs: refused");
        }
        if (sharedStrings && (sharedString.feed(b) || sharedStringWithAttributes.feed(b))
            && ++strings > limits.maxSharedStrings()) {
          throw new SheetReadException(name, "the shared-strings table holds more than "
              + limits.maxSharedStrings() + " entries (maxSharedStrings)");
        }
      }
    }
    return size;
  }

  /** Finds a byte sequence in a stream fed one byte at a time. */
  private static final class Needle {
    private final byte[] bytes;
    private int matched;

    Needle(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Feeds one byte; returns whether the sequence has just been completed. */
    boolean feed(byte b) {
      if (b == bytes[matched]) {
        matched++;
      } else {
        // The needles' first byte '<' occurs in them only once, so a mismatch restarts cleanly.
        matched = b == bytes[0] ? 1 : 0;
      }
      if (matched == bytes.length) {
        matched = 0;
        return true;
      }
      return false;
    }
  }
}
