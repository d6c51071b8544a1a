package io.github.ceproadmap.sheets;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a workbook's zip before anything parses it, through the same zip reader that reads the
 * parts, so that both see the same entries: each entry is inflated once, counted, checked against
 * its CRC-32 and scanned, never held. Refuses a total inflated size or an entry's compression
 * ratio over the limits (zip bombs), a damaged entry, and XML that declares a DOCTYPE or an entity
 * (external entities, billion laughs) in whatever encoding the parser would read it: an XML entry
 * ({@code .xml}, {@code .rels}, the only parts ever parsed) is scanned as the characters of UTF-8
 * or UTF-16, the two encodings ECMA-376 allows, and one in any other (UTF-32, EBCDIC, a declared
 * {@code encoding="..."}) is refused.
 */
final class ZipGuard {
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;
  private static final String DOCTYPE = "<!DOCTYPE";
  private static final String ENTITY = "<!ENTITY";
  private static final Pattern DECLARED = Pattern.compile(
      "^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private ZipGuard() {}

  /** Throws a {@link SheetReadException} naming {@code name} if {@code zip} breaks a limit. */
  static void check(String name, byte[] zip, SheetLimits limits) {
    long total = 0;
    try (ZipFile file = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
      for (Enumeration<ZipArchiveEntry> entries = file.getEntries(); entries.hasMoreElements(); ) {
        ZipArchiveEntry entry = entries.nextElement();
        Counted counted;
        try (InputStream in = file.getInputStream(entry)) {
          counted = new Counted(name, entry, in, total, limits);
          if (isXml(entry.getName())) {
            scan(name, entry, counted);
          } else {
            counted.skipAll();
          }
        }
        total += counted.size;
        if (entry.getCrc() >= 0 && entry.getCrc() != counted.crc.getValue()) {
          throw new SheetReadException(name, "entry " + entry.getName() + " does not match its"
              + " CRC-32 checksum: the workbook is damaged");
        }
      }
    } catch (SheetReadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new SheetReadException(name, "is not a readable XLSX workbook: its zip is damaged or"
          + " it is no zip");
    }
  }

  /** Whether the part named {@code part} is XML, the only kind of part a workbook is read from. */
  static boolean isXml(String part) {
    String lower = part.toLowerCase(Locale.ROOT);
    return lower.endsWith(".xml") || lower.endsWith(".rels");
  }

  /** Reads one entry to its end as text, refusing a DOCTYPE or an entity declaration in it. */
  private static void scan(String name, ZipArchiveEntry entry, Counted counted)
      throws IOException {
    BufferedInputStream in = new BufferedInputStream(counted, 16 * 1024);
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    Charset charset;
    try {
      charset = charset(name, entry, head);
    } catch (SheetReadException e) {
      counted.skipAll(); // a zip bomb is refused as one, whatever its first bytes
      throw e;
    }
    Reader text = new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    Needle doctype = new Needle(DOCTYPE);
    Needle entity = new Needle(ENTITY);
    char[] buffer = new char[8 * 1024];
    StringBuilder declaration = new StringBuilder();
    for (int n = text.read(buffer); n >= 0; n = text.read(buffer)) {
      if (declaration.length() < 200) {
        declaration.append(buffer, 0, Math.min(n, 200));
        declared(name, entry, charset, declaration);
      }
      for (int i = 0; i < n; i++) {
        if (doctype.feed(buffer[i]) || entity.feed(buffer[i])) {
          throw new SheetReadException(name, "entry " + entry.getName()
              + " declares a DOCTYPE or an entity, which a workbook never needs: refused");
        }
      }
    }
  }

  /** The encoding an XML parser would read {@code head}, the first bytes of an entry, in. */
  private static Charset charset(String name, ZipArchiveEntry entry, byte[] head) {
    int b0 = head.length > 0 ? head[0] & 0xFF : -1;
    int b1 = head.length > 1 ? head[1] & 0xFF : -1;
    int b2 = head.length > 2 ? head[2] & 0xFF : -1;
    int b3 = head.length > 3 ? head[3] & 0xFF : -1;
    boolean utf32 = b0 == 0 && b1 == 0 || b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0
        || b0 == 0x3C && b1 == 0 && b2 == 0 && b3 == 0;
    if (utf32 || b0 == 0x4C && b1 == 0x6F && b2 == 0xA7 && b3 == 0x94) {
      throw refused(name, entry, utf32 ? "UTF-32" : "EBCDIC");
    }
    if (b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == 0x3C) {
      return StandardCharsets.UTF_16BE;
    }
    if (b0 == 0xFF && b1 == 0xFE || b0 == 0x3C && b1 == 0) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.UTF_8;
  }

  /** Refuses an XML declaration that names another encoding than the one the bytes are in. */
  private static void declared(String name, ZipArchiveEntry entry, Charset charset,
      CharSequence head) {
    Matcher declared = DECLARED.matcher(head.length() > 0 && head.charAt(0) == '\uFEFF'
        ? head.subSequence(1, head.length()) : head);
    if (declared.find()) {
      String encoding = declared.group(1).toUpperCase(Locale.ROOT);
      boolean utf16 = charset != StandardCharsets.UTF_8;
      if (utf16 ? !encoding.startsWith("UTF-16") : !encoding.equals("UTF-8")) {
        throw refused(name, entry, declared.group(1));
      }
    }
  }

  private static SheetReadException refused(String name, ZipArchiveEntry entry, String encoding) {
    return new SheetReadException(name, "entry " + entry.getName() + " is encoded in "
        + encoding.replaceAll("[^A-Za-z0-9_.:-]", "?") + ", but a workbook's parts are UTF-8 or"
        + " UTF-16 (ECMA-376): refused");
  }

  /** An entry's inflated bytes, counted against the limits and summed into a CRC-32. */
  private static final class Counted extends FilterInputStream {
    private final String name;
    private final ZipArchiveEntry entry;
    private final long before;
    private final long compressed;
    private final SheetLimits limits;
    final CRC32 crc = new CRC32();
    long size;

    Counted(String name, ZipArchiveEntry entry, InputStream in, long before,
        SheetLimits limits) {
      super(in);
      this.name = name;
      this.entry = entry;
      this.before = before;
      this.compressed = Math.max(1, entry.getCompressedSize());
      this.limits = limits;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        size += n;
        crc.update(buffer, offset, n);
        check();
      }
      return n;
    }

    /** Reads the rest of the entry, counting it. */
    void skipAll() throws IOException {
      byte[] buffer = new byte[16 * 1024];
      while (read(buffer, 0, buffer.length) >= 0) {
        // counted in read
      }
    }

    private void check() {
      if (before + size > limits.maxUncompressedBytes()) {
        throw new SheetReadException(name, "inflates to more than "
            + limits.maxUncompressedBytes() + " bytes (maxUncompressedBytes): refused as a zip"
            + " bomb");
      }
      if (size > RATIO_GRACE_BYTES && size / compressed > limits.maxCompressionRatio()) {
        throw new SheetReadException(name, "entry " + entry.getName() + " inflates more than "
            + limits.maxCompressionRatio() + " times (maxCompressionRatio): refused as a zip"
            + " bomb");
      }
    }
  }

  /** Finds an ASCII sequence in a stream of characters fed one at a time. */
  private static final class Needle {
    private final String text;
    private int matched;

    Needle(String text) {
      this.text = text;
    }

    /** Feeds one character; returns whether the sequence has just been completed. */
    boolean feed(char c) {
      if (c == text.charAt(matched)) {
        matched++;
      } else {
        // The needles' first character '<' occurs in them only once: a mismatch restarts cleanly.
        matched = c == text.charAt(0) ? 1 : 0;
      }
      if (matched == text.length()) {
        matched = 0;
        return true;
      }
      return false;
    }
  }
}
