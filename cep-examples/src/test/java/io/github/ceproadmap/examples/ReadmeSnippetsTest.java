package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's code samples are copies of the tagged regions of the example programs, which other
 * tests (or the consumer integration tests) compile and run; this test fails when the two drift
 * apart.
 */
class ReadmeSnippetsTest {
  private static final List<Path> EXAMPLES = List.of(
      Path.of("src/main/java/io/github/ceproadmap/examples"),
      Path.of("src/test/java/io/github/ceproadmap/examples"),
      // The Spring Boot service, which the consumer integration tests build and run.
      Path.of("src/it/spring-boot-service/src/main/java"));

  @Test
  void everyTaggedExampleAppearsVerbatimInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    List<Path> sources = new java.util.ArrayList<>();
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
      assertTrue(readme.contains(snippet),
          "README.md lacks the example of " + source.getFileName() + ":\n" + snippet);
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
  void everyJsonSampleInTheReadmeIsADocumentTheStrictCodecReads() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    int samples = 0;
    for (int at = readme.indexOf("```json\n"); at >= 0; at = readme.indexOf("```json\n", at + 1)) {
      int start = at + "```json\n".length();
      String sample = readme.substring(start, readme.indexOf("```", start));
      io.github.ceproadmap.json.RoadmapCodec.strict().decode(sample);
      samples++;
    }
    assertFalse(samples == 0, "README.md has no JSON sample");
  }
}
