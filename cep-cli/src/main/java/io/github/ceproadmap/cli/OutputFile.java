package io.github.ceproadmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way every command writes a file ({@code render --out}, {@code format --write}, and
 * any later one): {@code OutputFile.write(path, bytes)}.
 *
 * <ul>
 *   <li>The target must be a regular file or a missing file in an existing directory. Anything
 *       else (a directory, a FIFO, a device such as {@code /dev/null}, a socket) is refused
 *       before anything is written, and stays untouched.
 *   <li>A symbolic link is written through: the file it names is replaced and the link stays a
 *       link. A hard link is not followed: the path given gets the new content, the other names
 *       keep the old file.
 *   <li>The content goes to a new file beside the target, forced to disk, then renamed over it:
 *       the target has either its old or its new content, never a part. A failure leaves no
 *       temporary file behind.
 *   <li>A new file gets the permissions the user's umask gives; a replaced file keeps its mode
 *       (set-user-id, set-group-id and sticky bits included) and, where the process may set
 *       them, its owner and group.
 * </ul>
 *
 * Errors are {@link Refused} with a one-line reason that names the path the user gave, never the
 * temporary file.
 */
final class OutputFile {
  /** Where the bytes go; tests replace it to simulate a failing disk. */
  interface Sink {
    void write(OutputStream out, byte[] bytes) throws IOException;
  }

  static Sink sink = OutputStream::write;

  /** Links followed before giving up, as the kernel's own limit for path resolution. */
  private static final int MAX_LINKS = 40;

  /** Why a file was not written; the message is one line naming the user's path. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private OutputFile() {}

  /**
   * Replaces or creates {@code target} with {@code bytes}, as the class describes.
   *
   * @param target the path the user gave
   * @param bytes the new content
   * @throws Refused if the target may not be written or writing fails; it is then unchanged
   */
  static void write(Path target, byte[] bytes) throws Refused {
    String shown = target.toString();
    Path file = throughLinks(target, shown);
    BasicFileAttributes existing = attributes(file);
    Path directory = file.toAbsolutePath().getParent();
    if (existing == null) {
      if (directory == null || !Files.isDirectory(directory)) {
        throw new Refused(shown + ": the directory " + directory + " does not exist");
      }
    } else if (existing.isDirectory()) {
      throw new Refused(shown + ": is a directory");
    } else if (!existing.isRegularFile()) {
      throw new Refused(shown + ": is not a regular file (a FIFO, device or socket); not replaced");
    }
    Path temporary = createBeside(file, directory, shown);
    try {
      if (existing != null) {
        FileMode.copy(file, temporary);
      }
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        sink.write(out, bytes);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new Refused(shown + ": cannot write: " + reason(e) + "; "
          + (existing == null ? "nothing was written" : "the file is unchanged"));
    } finally {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // Nothing more can be done; the rename either happened or the error says why not.
      }
    }
  }

  /** Follows symbolic links from {@code path} to the file they name, which may be missing. */
  private static Path throughLinks(Path path, String shown) throws Refused {
    Path current = path;
    try {
      for (int hops = 0; Files.isSymbolicLink(current); hops++) {
        if (hops == MAX_LINKS) {
          throw new Refused(shown + ": too many levels of symbolic links");
        }
        Path parent = current.toAbsolutePath().getParent();
        Path link = Files.readSymbolicLink(current);
        current = parent == null ? link : parent.resolve(link);
      }
    } catch (IOException e) {
      throw new Refused(shown + ": cannot follow the link: " + reason(e));
    }
    return current;
  }

  private static @org.jspecify.annotations.Nullable BasicFileAttributes attributes(Path file)
      throws Refused {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new Refused(file + ": cannot be examined: " + reason(e));
    }
  }

  /**
   * Creates an empty file beside {@code file} without asking for permissions, so that the
   * system gives it what the user's umask allows (a temporary-file API would give 0600).
   */
  private static Path createBeside(Path file, Path directory, String shown) throws Refused {
    for (int attempt = 0; ; attempt++) {
      Path temporary = directory.resolve("." + file.getFileName() + "."
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw new Refused(shown + ": cannot create a file in " + directory);
        }
      } catch (AccessDeniedException e) {
        throw new Refused(shown + ": permission denied: cannot create a file in " + directory);
      } catch (IOException e) {
        throw new Refused(shown + ": cannot create a file in " + directory + ": " + reason(e));
      }
    }
  }

  /** The reason of an I/O failure without the file names it carries (the temporary one). */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem) {
      String reason = fileSystem.getReason();
      return reason != null ? reason : e.getClass().getSimpleName();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
