package io.github.ceproadmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Carries a file's owner, group and mode over to its replacement. On Linux and macOS the JDK's
 * {@code unix} attribute view holds the whole mode, set-user-id, set-group-id and sticky bits
 * included, which {@link java.nio.file.attribute.PosixFilePermission} cannot express; elsewhere
 * the POSIX permissions are copied, or nothing on a file system without them.
 */
final class FileMode {
  private FileMode() {}

  /**
   * Gives {@code to} the owner and group of {@code from} where the process may set them (an
   * ordinary user may give a file any group it belongs to, not another owner), then its mode:
   * in that order, because changing the owner clears the set-user-id bit.
   */
  static void copy(Path from, Path to) throws IOException {
    if (from.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      for (String id : new String[] {"unix:uid", "unix:gid"}) {
        Object value = Files.getAttribute(from, id, LinkOption.NOFOLLOW_LINKS);
        if (!value.equals(Files.getAttribute(to, id, LinkOption.NOFOLLOW_LINKS))) {
          try {
            Files.setAttribute(to, id, value, LinkOption.NOFOLLOW_LINKS);
          } catch (IOException e) {
            // Not permitted: the replacement keeps the process's own owner or group.
          }
        }
      }
      Files.setAttribute(to, "unix:mode",
          Files.getAttribute(from, "unix:mode", LinkOption.NOFOLLOW_LINKS),
          LinkOption.NOFOLLOW_LINKS);
      return;
    }
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(to, view.readAttributes().permissions());
    }
  }
}
