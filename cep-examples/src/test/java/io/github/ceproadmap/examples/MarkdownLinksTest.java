package io.github.ceproadmap.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of README and the docs/ pages resolves: the file or folder it names exists
 * in the repository, and an anchor ({@code page.md#heading}, {@code #heading}) names a heading of
 * that page as GitHub spells its anchors. Links with a scheme (https:, mailto:) are not checked:
 * the build has no network.
 */
class MarkdownLinksTest {
  /** {@code [text](target)} or {@code [text](target "title")}; images too. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
  /** {@code src="..."} and {@code href="..."} of inline HTML. */
  private static final Pattern HTML_LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

  @Test
  void everyRelativeLinkOfReadmeAndDocsResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : DocumentationPages.all()) {
      List<String> targets = relativeLinks(DocumentationPages.read(page));
      checked += targets.size();
      broken.addAll(broken(DocumentationPages.ROOT, page, targets));
    }
    assertEquals(List.of(), broken, "links that lead nowhere");
    // README alone links to every docs page and to anchors; far fewer means the parsing broke.
    assertTrue(checked >= 20, "only " + checked + " relative links found");
  }

  @Test
  void aMissingFileOrAnchorIsReported(@TempDir Path root) throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/topic.md"), """
        # A topic

        ## The `cep` command

        ```
        # not a heading
        ```
        """);
    String readme = """
        [ok](docs/topic.md) [ok](docs/topic.md#the-cep-command) [ok](docs/topic.md#a-topic)
        [ok](#front) [web](https://example.org/missing.md) ![img](docs/)
        [gone](docs/missing.md) [no anchor](docs/topic.md#not-a-heading) [self](#nowhere)
        `[in code](docs/also-missing.md)`

        ## Front
        """;
    Files.writeString(root.resolve("README.md"), readme);
    assertEquals(List.of(
            "README.md: docs/missing.md (no such file)",
            "README.md: docs/topic.md#not-a-heading (no such heading)",
            "README.md: #nowhere (no such heading)"),
        broken(root, Path.of("README.md"), relativeLinks(readme)));
  }

  @Test
  void anchorsAreSpelledAsGitHubSpellsThem() {
    assertEquals(List.of("the-cep-command", "duplicate-action-id-duplicate-action-id",
            "compatibility-versioning-and-releasing", "a-b", "a-b-1"),
        anchors("""
            ## The `cep` command
            ### `duplicate-action-id`: Duplicate action id
            # Compatibility, versioning and releasing
            ## A b
            ## A b
            """));
  }

  /** The targets of the page's links that have no scheme, outside code. */
  private static List<String> relativeLinks(String markdown) {
    String prose = INLINE_CODE.matcher(withoutCodeBlocks(markdown)).replaceAll("");
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(LINK, HTML_LINK)) {
      Matcher link = pattern.matcher(prose);
      while (link.find()) {
        if (!SCHEME.matcher(link.group(1)).find()) {
          targets.add(link.group(1));
        }
      }
    }
    return targets;
  }

  /** A line for each target that names no file, or no heading of its page. */
  private static List<String> broken(Path root, Path page, List<String> targets)
      throws IOException {
    List<String> broken = new ArrayList<>();
    for (String target : targets) {
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
      Path onDisk = root.resolve(resolved);
      if (resolved.startsWith("..") || !Files.exists(onDisk)) {
        broken.add(page + ": " + target + " (no such file)");
      } else if (hash >= 0
          && !anchors(Files.readString(onDisk)).contains(target.substring(hash + 1))) {
        broken.add(page + ": " + target + " (no such heading)");
      }
    }
    return broken;
  }

  /** The anchors GitHub gives the headings of a Markdown page, in order. */
  static List<String> anchors(String markdown) {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : withoutCodeBlocks(markdown).lines().toList()) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = heading.group(1).toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "")
            .replace(' ', '-');
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return anchors;
  }

  /** The page with its fenced code blocks blanked, so that their lines are not read as prose. */
  private static String withoutCodeBlocks(String markdown) {
    StringBuilder prose = new StringBuilder();
    boolean inCode = false;
    for (String line : markdown.lines().toList()) {
      if (line.stripLeading().startsWith("```")) {
        inCode = !inCode;
      } else if (!inCode) {
        prose.append(line);
      }
      prose.append('\n');
    }
    return prose.toString();
  }
}
