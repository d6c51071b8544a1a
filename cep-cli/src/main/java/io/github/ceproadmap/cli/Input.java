package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.RoadmapEditions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One document the command reads: a file, standard input ({@code -}) or the built-in edition 2.0
 * roadmap, with the name reports show for it.
 *
 * @param name the name shown in reports: the path as given, {@code <stdin>}, or the built-in
 *     document's name
 * @param bytes the document's bytes
 */
record Input(String name, byte[] bytes) {
  /** The name reports give the built-in document. */
  static final String BUILT_IN = "roadmap-2.0.json";

  /** The name reports give standard input. */
  static final String STDIN = "<stdin>";

  /** Thrown when a document cannot be read at all; the message is one line for a person. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Returns the built-in edition 2.0 document, table A of the Q1 2024 dashboard: cep-json's
   * published {@link RoadmapEditions#EDITION_2_0}.
   */
  static Input builtIn() {
    return new Input(BUILT_IN, RoadmapEditions.bytes(RoadmapEditions.EDITION_2_0));
  }

  /**
   * Reads {@code argument}: {@code -} is standard input, anything else a path. Refuses what is
   * not a regular file (a directory, a FIFO, a device) and anything larger than {@code maxBytes}
   * before reading it.
   */
  static Input read(String argument, InputStream stdin, long maxBytes) throws Unreadable {
    try {
      if (argument.equals("-")) {
        return new Input(nameOf(argument), readAtMost(stdin, maxBytes));
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        throw new Unreadable("is a directory, not a roadmap document");
      }
      if (!Files.exists(path)) {
        throw new Unreadable(Files.exists(path, LinkOption.NOFOLLOW_LINKS)
            ? "no such file: a symbolic link to nothing"
            : "no such file");
      }
      if (!Files.isRegularFile(path)) {
        throw new Unreadable("is not a regular file (a FIFO, device or socket?)");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new Unreadable("is " + size + " bytes, more than the " + maxBytes
            + "-byte document limit");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new Input(argument, readAtMost(in, maxBytes));
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("permission denied");
    } catch (IOException e) {
      throw new Unreadable("cannot be read: " + e.getMessage());
    } catch (java.nio.file.InvalidPathException e) {
      throw new Unreadable("is not a valid path: " + e.getReason());
    }
  }

  /** Returns the name reports give the document {@code argument} names. */
  static String nameOf(String argument) {
    return argument.equals("-") ? STDIN : argument;
  }

  private static byte[] readAtMost(InputStream in, long maxBytes)
      throws IOException, Unreadable {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new Unreadable("is more than the " + maxBytes + "-byte document limit");
    }
    return bytes;
  }
}
