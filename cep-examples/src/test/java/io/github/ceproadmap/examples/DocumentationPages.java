package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's documentation as the tests that check it read it: README.md, the front door, and
 * the reference pages in docs/, one topic a page. Tests run in the module's folder, so the
 * repository root is its parent.
 */
final class DocumentationPages {
  static final Path ROOT = Path.of("..");
  static final Path README = Path.of("README.md");

  private DocumentationPages() {}

  /** README.md, then every Markdown page under docs/ in name order; paths relative to the root. */
  static List<Path> all() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(README);
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.getFileName().toString().endsWith(".md"))
          .map(p -> ROOT.relativize(p))
          .sorted()
          .forEach(pages::add);
    }
    assertTrue(pages.size() > 1, "docs/ holds no Markdown page");
    return pages;
  }

  /** The text of a page, named relative to the repository root ("README.md", "docs/format.md"). */
  static String read(Path page) throws IOException {
    return Files.readString(ROOT.resolve(page));
  }

  /** The text of a page, named relative to the repository root. */
  static String read(String page) throws IOException {
    return read(Path.of(page));
  }
}
