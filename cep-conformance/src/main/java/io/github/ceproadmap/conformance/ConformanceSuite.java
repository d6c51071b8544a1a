package io.github.ceproadmap.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The conformance suite of one format version: the cases its {@code manifest.json} lists, with
 * their documents. {@link #builtIn()} reads the suite this jar carries (the repository's {@code
 * conformance/1.0/}); {@link #load(Path)} reads a folder of the same layout, such as a checkout
 * with cases of your own.
 */
public final class ConformanceSuite {
  /** The format version of the suite this jar carries. */
  public static final String VERSION = "1.0";

  /** Where the jar carries the suite: a folder of the class path, not a Java package. */
  public static final String RESOURCE_FOLDER = "conformance/" + VERSION + "/";

  /** The manifest's name in the suite's folder. */
  public static final String MANIFEST = "manifest.json";

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
  private static final Pattern DOCUMENT = Pattern.compile("documents(/[A-Za-z0-9._-]+)+");

  private final String version;
  private final List<ConformanceCase> cases;

  @FunctionalInterface
  private interface Source {
    byte[] read(String path) throws IOException;
  }

  private ConformanceSuite(String version, List<ConformanceCase> cases) {
    this.version = version;
    this.cases = List.copyOf(cases);
  }

  /**
   * Returns the suite this jar carries.
   *
   * @return the suite
   * @throws UncheckedIOException if a resource of the suite is missing, which means a damaged jar
   */
  public static ConformanceSuite builtIn() {
    try {
      return read(path -> {
        try (InputStream in = ConformanceSuite.class.getClassLoader()
            .getResourceAsStream(RESOURCE_FOLDER + path)) {
          if (in == null) {
            throw new IOException("the resource " + RESOURCE_FOLDER + path + " is missing");
          }
          return in.readAllBytes();
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the suite in a folder that holds a {@code manifest.json} and the documents it names.
   *
   * @param folder the suite's folder, such as {@code conformance/1.0}
   * @return the suite
   * @throws IOException if the manifest or a document cannot be read
   * @throws IllegalArgumentException if the manifest does not have the shape its schema gives,
   *     naming the member
   */
  public static ConformanceSuite load(Path folder) throws IOException {
    return read(path -> java.nio.file.Files.readAllBytes(folder.resolve(path)));
  }

  private static ConformanceSuite read(Source files) throws IOException {
    JsonNode manifest;
    try {
      manifest = FindingsJson.JSON.readTree(files.read(MANIFEST));
    } catch (JacksonException e) {
      throw new IllegalArgumentException(MANIFEST + " is not JSON: " + e.getOriginalMessage());
    }
    String version = FindingsJson.text(manifest, "formatVersion", "");
    JsonNode list = manifest.path("cases");
    if (!list.isArray()) {
      throw new IllegalArgumentException("/cases is missing or not an array");
    }
    List<ConformanceCase> cases = new ArrayList<>(list.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      ConformanceCase read = readCase(list.get(i), "/cases/" + i, files);
      if (!ids.add(read.id())) {
        throw new IllegalArgumentException("/cases/" + i + "/id repeats " + read.id());
      }
      cases.add(read);
    }
    return new ConformanceSuite(version, cases);
  }

  private static ConformanceCase readCase(JsonNode entry, String at, Source files)
      throws IOException {
    String path = FindingsJson.text(entry, "document", at);
    if (!DOCUMENT.matcher(path).matches() || path.contains("..")) {
      throw new IllegalArgumentException(at + "/document is not a path under documents/");
    }
    JsonNode options = entry.path("options");
    Optional<YearMonth> asOf = Optional.empty();
    if (options.has("asOf")) {
      String month = FindingsJson.text(options, "asOf", at + "/options");
      if (!MONTH.matcher(month).matches()) {
        throw new IllegalArgumentException(at + "/options/asOf is not a month YYYY-MM");
      }
      try {
        asOf = Optional.of(YearMonth.parse(month));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(at + "/options/asOf is not a month YYYY-MM", e);
      }
    }
    boolean lenient = options.path("lenient").asBoolean(false);
    return new ConformanceCase(FindingsJson.text(entry, "id", at),
        FindingsJson.text(entry, "kind", at), FindingsJson.text(entry, "description", at), path,
        files.read(path), asOf, lenient, expected(entry.path("expected"), at + "/expected"));
  }

  private static Outcome expected(JsonNode expected, String at) {
    if (expected.has("refused")) {
      JsonNode refused = expected.get("refused");
      return refused.has("pointer")
          ? Outcome.refused(FindingsJson.text(refused, "pointer", at + "/refused"))
          : Outcome.refusedAnywhere();
    }
    if (expected.has("findings")) {
      return Outcome.read(FindingsJson.findings(expected.get("findings"), at + "/findings"));
    }
    throw new IllegalArgumentException(at + " has neither refused nor findings");
  }

  /**
   * Returns the format version whose cases the suite holds, such as {@code "1.0"}.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the cases, in the manifest's order.
   *
   * @return the cases, unmodifiable
   */
  public List<ConformanceCase> cases() {
    return cases;
  }
}
