package io.github.ceproadmap.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The program {@link SmallHeapWorkbooksTest} runs in a JVM with a 256 MB heap: it makes zip bombs
 * whose one entry inflates to 256 MiB (about 256 KB compressed), the heap it runs in, reads them with the default limits and
 * with the ratio limit lifted, and prints one line per case: the refusal, or what went wrong.
 */
final class SmallHeapWorkbooks {
  private SmallHeapWorkbooks() {}

  public static void main(String[] args) throws IOException {
    byte[] bomb = bomb(256);
    read("ratio", bomb, SheetLimits.defaults());
    read("size", bomb, SheetLimits.builder().maxCompressionRatio(Integer.MAX_VALUE).build());
  }

  private static void read(String name, byte[] workbook, SheetLimits limits) {
    try {
      RoadmapSheets.withLimits(limits).readWorkbook(new ByteArrayInputStream(workbook), "bomb.xlsx");
      System.out.println(name + ": read");
    } catch (SheetReadException e) {
      System.out.println(name + ": " + e.getMessage());
    } catch (OutOfMemoryError e) {
      System.out.println(name + ": OutOfMemoryError");
    }
  }

  /** A zip with one entry of {@code mebibytes} MiB of zeros, streamed into the deflater. */
  static byte[] bomb(int mebibytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < mebibytes; i++) {
        zip.write(zeros);
      }
    }
    return out.toByteArray();
  }
}
