package io.github.ceproadmap.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of document format 1.0, shipped inside this library.
 *
 * <p>It accepts exactly the documents that a strict {@link RoadmapCodec} decodes, with one
 * exception JSON Schema cannot express: a key repeated within one object, which the codec
 * rejects and a schema validator does not see once the text is parsed. Like the codec, it checks
 * syntax only (keys, types, id formats, enum values); consistency is the validator's job.
 *
 * <pre>{@code
 * try (InputStream schema = RoadmapSchema.openStream()) {
 *   // hand it to a JSON Schema validator
 * }
 * }</pre>
 */
public final class RoadmapSchema {
  /** The schema's {@code $id}, stable for format 1.0. */
  public static final String ID =
      "https://ceproadmap.github.io/schema/cep-roadmap-1.0.schema.json";

  /** The schema's resource name, relative to this class's package. */
  static final String RESOURCE = "cep-roadmap-1.0.schema.json";

  private RoadmapSchema() {}

  /**
   * Opens the schema's text, UTF-8 encoded JSON.
   *
   * @return a new stream over the schema, which the caller closes
   */
  public static InputStream openStream() {
    InputStream in = RoadmapSchema.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from "
          + "cep-json; the jar is broken");
    }
    return in;
  }

  /**
   * Returns the schema's text.
   *
   * @return the schema as JSON text
   * @throws UncheckedIOException if the resource cannot be read, which means a broken jar
   */
  public static String text() {
    try (InputStream in = openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema resource " + RESOURCE, e);
    }
  }
}
