package io.github.ceproadmap.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue of document format 1.0 as every report names it: the description of each
 * {@linkplain StandardRules standard rule} in catalogue order, then those of the two checks of
 * the input itself, {@link #DECODE_ERROR} and {@link #READ_ERROR}.
 *
 * <p>The same catalogue is published as data for tools in other languages: the resource {@value
 * #JSON_RESOURCE} beside this class, described by the JSON Schema {@value #SCHEMA_RESOURCE}
 * (see docs/conformance.md). A test keeps the resource equal to {@link #descriptions()}; {@code
 * cep rules --format json} prints it.
 */
public final class RuleCatalog {
  /** The format version of this catalogue. */
  public static final String VERSION = "1.0";

  /** The name of the catalogue as JSON, a resource beside this class. */
  public static final String JSON_RESOURCE = "rules-1.0.json";

  /** The name of the JSON Schema of {@link #JSON_RESOURCE}, a resource beside this class. */
  public static final String SCHEMA_RESOURCE = "rules-1.0.schema.json";

  /** The report's rule for a document that is not a format 1.0 roadmap document. */
  public static final RuleDescription DECODE_ERROR = new RuleDescription("decode-error",
      Severity.ERROR, "Not a roadmap document",
      "the document is not a format 1.0 roadmap document",
      "Fix the JSON or the value at the line, column and pointer given; 'cep schema' prints the "
          + "format.",
      "\"id\": \"2.x\" at 14:19: write an action id such as \"2.5\"");

  /** The report's rule for a file that could not be read. */
  public static final RuleDescription READ_ERROR = new RuleDescription("read-error",
      Severity.ERROR, "Unreadable file", "the file could not be read",
      "Check the file's name and permissions; '-' reads standard input.",
      "cep validate roadmap.json, not roadmap.jsn");

  private static final List<RuleDescription> ALL = catalogue();

  private RuleCatalog() {}

  private static List<RuleDescription> catalogue() {
    List<RuleDescription> all = new ArrayList<>(StandardRules.all().size() + 2);
    StandardRules.all().forEach(rule -> all.add(rule.description()));
    all.add(DECODE_ERROR);
    all.add(READ_ERROR);
    return List.copyOf(all);
  }

  /**
   * Returns the catalogue: the standard rules' descriptions in catalogue order, then {@link
   * #DECODE_ERROR} and {@link #READ_ERROR}.
   *
   * @return the descriptions, unmodifiable
   */
  public static List<RuleDescription> descriptions() {
    return ALL;
  }

  /**
   * Returns the catalogue as JSON, the bytes of the resource {@value #JSON_RESOURCE} read as
   * UTF-8.
   *
   * @return the JSON text
   * @throws UncheckedIOException if the resource cannot be read, which means a damaged jar
   */
  public static String json() {
    return resource(JSON_RESOURCE);
  }

  /**
   * Returns the JSON Schema of {@link #json()}, the resource {@value #SCHEMA_RESOURCE} read as
   * UTF-8.
   *
   * @return the JSON Schema text
   * @throws UncheckedIOException if the resource cannot be read, which means a damaged jar
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = RuleCatalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the resource is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }
}
