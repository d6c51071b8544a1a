package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code samples of README and the docs/ pages are copies of the tagged regions of the example
 * programs, which other tests (or the consumer integration tests) compile and run; this test fails
 * when the two drift apart. The JSON samples of README and docs/format.md are documents the strict
 * codec reads.
 */
class ReadmeSnippetsTest {
  private static final List<Path> EXAMPLES = List.of(
      Path.of("src/main/java/io/github/ceproadmap/examples"),
      Path.of("src/test/java/io/github/ceproadmap/examples"),
      // The Spring Boot service, which the consumer integration tests build and run.
      Path.of("../cep-integration-tests/src/it/spring-boot-service/src/main/java"));

  /** The pages that hold JSON samples of roadmap documents (other pages show reports). */
  private static final List<String> DOCUMENT_SAMPLE_PAGES = List.of("README.md", "docs/format.md");

  @Test
  void everyTaggedExampleAppearsVerbatimOnAPage() throws IOException {
    List<Path> pages = DocumentationPages.all();
    List<String> texts = new ArrayList<>();
    for (Path page : pages) {
      texts.add(DocumentationPages.read(page));
    }
    List<Path> sources = new ArrayList<>();
    for (Path folder : EXAMPLES) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
      }
    }
    int tagged = 0;
    for (Path source : sources) {
      String text = Files.readString(source);
      int start = text.indexOf("// tag::" + "example[]");
      if (start < 0 || source.endsWith("ReadmeSnippetsTest.java")) {
        continue;
      }
      tagged++;
      String region = text.substring(text.indexOf('\n', start) + 1, text.indexOf("// end::" + "example[]"));
      String snippet = dedent(region);
      assertTrue(texts.stream().anyMatch(page -> page.contains(snippet)),
          "no page of " + pages + " holds the example of " + source.getFileName() + ":\n"
              + snippet);
    }
    assertFalse(tagged == 0, "no tagged example found under " + EXAMPLES);
  }

  private static String dedent(String region) {
    List<String> lines = region.lines().collect(Collectors.toList());
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }

  @Test
  void everyJsonSampleIsADocumentTheStrictCodecReads() throws IOException {
    for (String page : DOCUMENT_SAMPLE_PAGES) {
      String text = DocumentationPages.read(page);
      for (int at = text.indexOf("```json\n"); at >= 0; at = text.indexOf("```json\n", at + 1)) {
        int start = at + "```json\n".length();
        String sample = text.substring(start, text.indexOf("```", start));
        io.github.ceproadmap.json.RoadmapCodec.strict().decode(sample);
      }
    }
    String format = DocumentationPages.read("docs/format.md");
    assertTrue(format.contains("```json\n{\n  \"schemaVersion\": \"1.0\""),
        "docs/format.md has no sample document");
  }
}
