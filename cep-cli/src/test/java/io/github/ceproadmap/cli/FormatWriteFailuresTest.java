package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cep format --write} leaves the original file as it was when the replacement fails at
 * the last step, the rename, or dies mid-write with an unchecked error, and leaves no temporary
 * file behind. (A failing write is in {@code OtherCommandsTest}.)
 */
class FormatWriteFailuresTest {
  @TempDir Path dir;
  private final OutputFile.Sink normal = OutputFile.sink;

  @AfterEach
  void restoreTheSink() {
    OutputFile.sink = normal;
  }

  @Test
  void aFailedRenameLeavesTheOriginalUnchanged() throws IOException {
    byte[] original = RoadmapCodec.strict().encodeToBytes(Editions.tableB());
    Path file = Files.write(dir.resolve("keep.json"), original);
    // The whole content is written, then the temporary file vanishes, so the rename fails.
    OutputFile.sink = (out, bytes) -> {
      out.write(bytes);
      for (Path temporary : temporaries()) {
        Files.delete(temporary);
      }
    };
    CepRun run = CepRun.of("format", file.toString(), "--write");
    assertEquals(Cep.UNREADABLE, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains("the file is unchanged"), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
    assertArrayEquals(original, Files.readAllBytes(file));
    assertEquals(0, temporaries().length);
  }

  @Test
  void anUncheckedFailureMidWriteLeavesTheOriginalUnchanged() throws IOException {
    byte[] original = RoadmapCodec.strict().encodeToBytes(Editions.tableB());
    Path file = Files.write(dir.resolve("keep.json"), original);
    OutputFile.sink = (out, bytes) -> {
      out.write(bytes, 0, bytes.length / 3);
      throw new UncheckedIOException(new IOException("device unplugged"));
    };
    CepRun run = CepRun.of("format", file.toString(), "--write");
    assertEquals(Cep.INTERNAL, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertArrayEquals(original, Files.readAllBytes(file));
    assertEquals(0, temporaries().length);
  }

  private Path[] temporaries() throws IOException {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".tmp")).toArray(Path[]::new);
    }
  }
}
