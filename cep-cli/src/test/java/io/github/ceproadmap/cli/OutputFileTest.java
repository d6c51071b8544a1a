package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file goes through {@link OutputFile}: it refuses what is not a
 * regular file or a missing file in an existing directory (exit 2, one line naming the user's
 * path, the target untouched), writes through symbolic links, gives a new file what the umask
 * allows and a replaced file its old mode, and leaves no temporary file behind.
 */
class OutputFileTest {
  @TempDir Path dir;

  @Test
  void aFifoIsRefusedAndStaysAFifo() throws Exception {
    Path fifo = dir.resolve("pipe.html");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    CepRun run = CepRun.of("render", "--out", fifo.toString());
    assertRefused(run, fifo + ": is not a regular file");
    assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).isOther());
    assertEquals(List.of(fifo), listing());
  }

  @Test
  void aDeviceIsRefusedBeforeAnythingIsWritten() {
    Path devNull = Path.of("/dev/null");
    CepRun run = CepRun.of("render", "--out", devNull.toString());
    assertRefused(run, "/dev/null: is not a regular file");
    assertFalse(Files.isRegularFile(devNull));
  }

  @Test
  void aDirectoryIsRefused() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("out.html"));
    assertRefused(CepRun.of("render", "--out", sub.toString()), sub + ": is a directory");
    assertEquals(List.of(sub), listing());
  }

  @Test
  void aMissingDirectoryIsNamedAndNothingIsLeft() throws IOException {
    Path target = dir.resolve("no/such/page.html");
    assertRefused(CepRun.of("render", "--out", target.toString()),
        target + ": the directory " + dir.resolve("no/such") + " does not exist");
    assertEquals(List.of(), listing());
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = Files.write(dir.resolve("real.json"),
        RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
    CepRun run = CepRun.of("format", link.toString(), "--write");
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("real.json"), Files.readSymbolicLink(link));
    assertArrayEquals(RoadmapCodec.builder().pretty(true).build()
        .encodeToBytes(Editions.tableB()), Files.readAllBytes(real));
    assertEquals(List.of(link, real), listing());
  }

  /** README: "A hard link is not: the path given gets a new file, its other names keep the old". */
  @Test
  void aHardLinkIsNotWrittenThroughTheOtherNamesKeepTheOldContent() throws IOException {
    byte[] compact = RoadmapCodec.strict().encodeToBytes(Editions.tableB());
    Path document = Files.write(dir.resolve("document.json"), compact);
    Path other = Files.createLink(dir.resolve("other.json"), document);
    CepRun format = CepRun.of("format", document.toString(), "--write");
    assertEquals(Cep.OK, format.exitCode(), format::toString);
    assertArrayEquals(RoadmapCodec.builder().pretty(true).build()
        .encodeToBytes(Editions.tableB()), Files.readAllBytes(document));
    assertArrayEquals(compact, Files.readAllBytes(other));
    assertFalse(Files.isSameFile(document, other));

    Path page = Files.writeString(dir.resolve("page.html"), "old");
    Path copy = Files.createLink(dir.resolve("copy.html"), page);
    CepRun render = CepRun.of("render", "--out", page.toString());
    assertEquals(Cep.OK, render.exitCode(), render::toString);
    assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
    assertEquals("old", Files.readString(copy));
    assertEquals(List.of(copy, document, other, page), listing());
  }

  @Test
  void aNewFileGetsWhatTheUmaskAllows() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain"));
    Path page = dir.resolve("page.html");
    CepRun run = CepRun.of("render", "--out", page.toString());
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(page));
    assertTrue(Files.readString(page).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void aReplacedFileKeepsItsModeSpecialBitsIncluded() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), "old");
    int mode = 02000 | 0640;
    Files.setAttribute(page, "unix:mode", mode);
    CepRun run = CepRun.of("render", "--out", page.toString());
    assertEquals(Cep.OK, run.exitCode(), run::toString);
    assertEquals(mode, (int) Files.getAttribute(page, "unix:mode") & 07777);
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
  }

  @Test
  void aFileInADirectoryThatCannotBeWrittenIsRefusedNamingThePath() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Path page = Files.writeString(locked.resolve("page.html"), "old");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    try {
      // Root writes whatever the permissions say: aTargetUnderAPlainFileIsRefusedNamingThePath
      // is the failure to create the file beside the target that root meets too.
      assumeFalse(Files.isWritable(locked), "running as root: directory permissions do not apply");
      assertRefused(CepRun.of("render", "--out", page.toString()),
          page + ": permission denied");
      assertEquals("old", Files.readString(page, StandardCharsets.UTF_8));
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** A path whose directory is a plain file cannot be written by anyone, root included. */
  @Test
  void aTargetUnderAPlainFileIsRefusedNamingThePath() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain"), "old");
    for (List<String> command : List.of(
        List.of("render", "--out", plain.resolve("page.html").toString()),
        List.of("format", "--write", plain.resolve("document.json").toString()))) {
      CepRun run = CepRun.of(command.toArray(String[]::new));
      assertRefused(run, plain.resolve(command.get(command.size() - 1).endsWith(".html")
          ? "page.html" : "document.json") + ": ");
      assertEquals("old", Files.readString(plain), run::toString);
      assertEquals(List.of(plain), listing());
    }
  }

  private static void assertRefused(CepRun run, String start) {
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().startsWith("cep: " + start), run::toString);
    assertFalse(run.err().contains(".tmp"), run::toString);
    assertEquals("", run.out(), run::toString);
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
