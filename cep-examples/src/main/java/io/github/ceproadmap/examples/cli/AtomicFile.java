package io.github.ceproadmap.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: writes a temporary file beside it, forces it to disk,
 * then renames it over the target. A failure at any step leaves the target as it was. The new
 * file keeps the old one's POSIX permissions.
 */
final class AtomicFile {
  /** Where the bytes go; tests replace it to simulate a failing disk. */
  interface Sink {
    void write(OutputStream out, byte[] bytes) throws IOException;
  }

  static Sink sink = OutputStream::write;

  private AtomicFile() {}

  static void write(Path target, byte[] bytes) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    try {
      copyPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
        sink.write(out, bytes);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source != null && Files.exists(from)) {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      Files.setPosixFilePermissions(to, permissions);
    }
  }
}
