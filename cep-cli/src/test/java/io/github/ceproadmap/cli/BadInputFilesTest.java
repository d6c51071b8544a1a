package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ceproadmap.json.DecodeLimits;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cep} command on files it cannot use — missing, unreadable, a directory, empty,
 * binary, not UTF-8, a 1 GB sparse file, a FIFO, a device — prints one line that says why,
 * exits 2, prints no stack trace, and (for {@code validate}) still checks the other files of the
 * run. No file is read past the document limit, and nothing blocks on a FIFO or a device.
 */
class BadInputFilesTest {
  @TempDir Path dir;
  private Path good;

  @BeforeEach
  void writeAGoodFile() throws IOException {
    good = Files.write(dir.resolve("good.json"), RoadmapCodec.strict().encodeToBytes(Editions.tableB()));
  }

  @Test
  void aMissingFile() {
    assertOneLineErrorEverywhere(dir.resolve("missing.json").toString(), "no such file");
  }

  @Test
  void anUnreadableFile() throws IOException {
    Path locked = Files.write(dir.resolve("locked.json"), Files.readAllBytes(good));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    // Root reads whatever the permissions say, so there is nothing to refuse.
    assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply");
    assertOneLineErrorEverywhere(locked.toString(), "permission denied");
  }

  @Test
  void aDirectory() {
    assertOneLineErrorEverywhere(dir.toString(), "is a directory");
  }

  @Test
  void anEmptyFile() throws IOException {
    assertOneLineErrorEverywhere(
        Files.write(dir.resolve("empty.json"), new byte[0]).toString(), "decode-error");
  }

  @Test
  void aBinaryFile() throws IOException {
    byte[] noise = new byte[4096];
    new SplittableRandom(3).nextBytes(noise);
    assertOneLineErrorEverywhere(Files.write(dir.resolve("noise.bin"), noise).toString(),
        "decode-error");
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertOneLineErrorEverywhere(Files.write(dir.resolve("program"), elf).toString(),
        "decode-error");
  }

  @Test
  void aFileThatIsNotUtf8() throws IOException {
    String latin1 = new String(Files.readAllBytes(good), StandardCharsets.UTF_8)
        .replace("\"title\":\"Circular Electronics Roadmap\"", "\"title\":\"Économie circulaire\"");
    assertTrue(latin1.contains("Économie"), "the title to replace was not found");
    Path file = Files.write(dir.resolve("latin1.json"), latin1.getBytes(StandardCharsets.ISO_8859_1));
    assertOneLineErrorEverywhere(file.toString(), "not valid UTF-8");
  }

  @Test
  void aOneGigabyteSparseFileIsRefusedByItsSize() throws IOException {
    Path huge = dir.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(1L << 30);
    }
    assertOneLineErrorEverywhere(huge.toString(),
        "is 1073741824 bytes, more than the " + DecodeLimits.DEFAULT_MAX_DOCUMENT_LENGTH
            + "-byte document limit");
  }

  @Test
  void aFifoIsRefusedWithoutOpeningIt() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pipe.json");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made && Files.exists(fifo), "mkfifo is not available");
    // Opening a FIFO without a writer blocks: this test would hang if the command opened it.
    assertOneLineErrorEverywhere(fifo.toString(), "is not a regular file");
  }

  @Test
  void devicesAreRefusedWithoutReadingThem() throws IOException {
    for (String device : List.of("/dev/zero", "/dev/null", "/dev/urandom")) {
      if (Files.exists(Path.of(device))) {
        assertOneLineErrorEverywhere(device, "is not a regular file");
        Path link = Files.createSymbolicLink(dir.resolve("link-to-" + Path.of(device).getFileName()),
            Path.of(device));
        assertOneLineErrorEverywhere(link.toString(), "is not a regular file");
        // Removed here: JUnit warns about a link out of its temporary directory when it cleans up.
        Files.delete(link);
      }
    }
  }

  @Test
  void aDanglingLinkAndAnInvalidPath() throws IOException {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("gone"));
    assertOneLineErrorEverywhere(dangling.toString(), "no such file: a symbolic link to nothing");
    assertOneLineErrorEverywhere("bad\u0000name.json", "is not a valid path");
  }

  @Test
  void endlessStandardInputIsCutAtTheDocumentLimit() {
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] buffer, int offset, int count) {
        java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
        return count;
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Cep.run(new String[] {"validate", "-", good.toString()}, zeros,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    CepRun run = new CepRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertTrue(run.out().contains("<stdin>: error read-error: is more than the "
        + DecodeLimits.DEFAULT_MAX_DOCUMENT_LENGTH + "-byte document limit"), run::toString);
    assertTrue(run.out().contains("good.json:"), run::toString);
    assertNoStackTrace(run);
  }

  /**
   * Runs every command that reads a file on {@code bad}: validate with a good file after it, show,
   * format, format --write, render, and diff both ways. Each must fail in one line.
   */
  private void assertOneLineErrorEverywhere(String bad, String expected) {
    CepRun validate = CepRun.of("validate", bad, good.toString());
    assertEquals(Cep.UNREADABLE, validate.exitCode(), validate::toString);
    String shown = io.github.ceproadmap.render.TerminalText.escape(bad);
    List<String> badLines =
        validate.out().lines().filter(line -> line.startsWith(shown + ":")).toList();
    assertEquals(1, badLines.size(), validate::toString);
    assertTrue(badLines.get(0).contains(expected), validate::toString);
    assertTrue(badLines.get(0).contains(": error read-error: ")
        || badLines.get(0).contains(": error decode-error: "), validate::toString);
    assertTrue(validate.out().contains("good.json:"), "the good file was not checked: " + validate);
    assertTrue(validate.out().contains("duplicate-action-id"), validate::toString);
    assertTrue(validate.out().contains("2 files checked"), validate::toString);
    assertNoStackTrace(validate);

    CepRun json = CepRun.of("validate", "--format", "json", bad, good.toString());
    assertEquals(Cep.UNREADABLE, json.exitCode(), json::toString);
    assertNoStackTrace(json);

    Path page = dir.resolve("page.html");
    List<Function<String, String[]>> commands = List.of(
        file -> new String[] {"show", file},
        file -> new String[] {"format", file},
        file -> new String[] {"format", file, "--write"},
        file -> new String[] {"render", file, "--out", page.toString()},
        file -> new String[] {"diff", file, good.toString()},
        file -> new String[] {"diff", good.toString(), file});
    for (Function<String, String[]> command : commands) {
      CepRun run = CepRun.of(command.apply(bad));
      assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
      assertEquals(1, run.err().lines().count(), run::toString);
      assertTrue(run.err().startsWith("cep: " + shown), run::toString);
      assertTrue(run.err().contains(expected) || expected.equals("decode-error"), run::toString);
      assertEquals("", run.out(), run::toString);
      assertNoStackTrace(run);
    }
    assertFalse(Files.exists(page), "render wrote a page for a file it could not read");
  }

  private static void assertNoStackTrace(CepRun run) {
    for (String printed : List.of(run.out(), run.err())) {
      assertFalse(printed.contains("\tat "), run::toString);
      assertFalse(printed.contains("Exception"), run::toString);
    }
  }
}
