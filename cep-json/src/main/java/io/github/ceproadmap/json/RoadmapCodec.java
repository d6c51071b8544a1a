package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.ByteArrayBuilder;

/**
 * Reads and writes roadmap documents of format 1.0: JSON text to {@link Roadmap} and back.
 *
 * <pre>{@code
 * RoadmapCodec codec = RoadmapCodec.strict();
 * Roadmap roadmap = codec.decode(Path.of("roadmap.json"));
 * String json = RoadmapCodec.builder().pretty(true).build().encode(roadmap);
 * }</pre>
 *
 * <h2>Decoding</h2>
 *
 * <p>A document is one JSON object in UTF-8, with the keys, types and id formats of format 1.0
 * ({@link RoadmapSchema} has them formally). Decoding checks the syntax only: a document whose
 * values contradict each other (a duplicate action id, an unknown axis) decodes, and {@code
 * io.github.ceproadmap.model.validation.Validator} reports it. Anything else is a {@link
 * RoadmapDecodeException} that says what and where: malformed JSON, content after the document,
 * a document that is no object, a missing, duplicate or (when strict) unknown key, a value of the
 * wrong type ({@code "7"} is no integer and {@code 7} no string; {@code null} is never a value), a
 * malformed id, month or enum value, a {@code schemaVersion} other than {@code 1.x}, and any
 * exceeded {@link DecodeLimits limit}. Nothing else escapes: no Jackson exception, no half-built
 * value. Integers may be written with a zero fraction ({@code 13.0} reads as 13), as in JSON
 * Schema.
 *
 * <p><b>Strict</b> (the default) rejects keys the format does not know. <b>Lenient</b> keeps
 * them, at every level, in the {@code extensions()} of the value they belong to, as compact JSON
 * text ({@code "x-colour" -> "\"green\""}), and encoding writes them back after the known keys,
 * in their order, through the same generator (so pretty output indents them too). A lenient
 * read-modify-write therefore loses nothing. Everything else stays strict in lenient mode.
 *
 * <p>{@code decodeWithSourceMap} also returns where each value starts; a plain {@code decode}
 * does not pay for that. Line and column count characters, as {@link SourceLocation} says.
 *
 * <h2>Encoding</h2>
 *
 * <p>Output is canonical: keys in the order of the format, {@code schemaVersion} {@code "1.0"},
 * optional values left out when absent and optional arrays when empty (required arrays always
 * written), extensions last. Compact output has no white space and no final line end. Pretty
 * output indents by two spaces, puts each member and element on its own line, writes {@code
 * "key": value} and {@code []} for an empty array, uses {@code \n} line ends and ends with one
 * {@code \n}. Either way encoding the same value gives the same bytes, {@code
 * decode(encode(x))} equals {@code x}, and encoding a decoded canonical document gives its bytes
 * back. Bytes are UTF-8, non-ASCII characters unescaped; a lone surrogate, which a string may
 * hold but UTF-8 cannot encode, is written as its <code>&#92;u</code> escape so that it decodes again.
 *
 * <h2>Input and output</h2>
 *
 * <p>A string or byte array is checked against the document length limit before it is decoded.
 * Files, streams and readers are decoded as they are read, so that reading stops at the first
 * exceeded limit: a hostile document costs memory bounded by the limits, not by its size. They
 * are read to their end when the document decodes (content after it is an error), may be left
 * part read when it does not, and are never closed. Every method builds its whole output before
 * writing, so an encoding failure writes nothing; streams and writers given are flushed, never
 * closed. Files and streams may fail with {@link IOException}; the content never does.
 *
 * <p>A codec is immutable and safe to use from many threads at once.
 */
public final class RoadmapCodec {
  private static final RoadmapCodec STRICT = builder().build();
  private static final RoadmapCodec LENIENT = builder().lenient(true).build();

  private final boolean lenient;
  private final boolean pretty;
  private final DecodeLimits limits;
  private final JsonFactory factory;
  private final RoadmapWriter writer;

  private RoadmapCodec(Builder builder) {
    this.lenient = builder.lenient;
    this.pretty = builder.pretty;
    this.limits = builder.limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.toStreamReadConstraints())
            // Interned once per name, when Jackson first meets it: ObjectShape then matches keys
            // by identity.
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .build();
    this.writer = new RoadmapWriter(factory);
  }

  /**
   * Returns the default codec: strict, compact, default limits.
   *
   * @return the strict codec
   */
  public static RoadmapCodec strict() {
    return STRICT;
  }

  /**
   * Returns a codec that keeps unknown keys as extensions: lenient, compact, default limits.
   *
   * @return the lenient codec
   */
  public static RoadmapCodec lenient() {
    return LENIENT;
  }

  /**
   * Returns a builder that starts from the defaults: strict, compact, {@link
   * DecodeLimits#defaults()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this codec's options.
   *
   * @return a builder holding this codec's options
   */
  public Builder toBuilder() {
    return new Builder().lenient(lenient).pretty(pretty).limits(limits);
  }

  /**
   * Tells whether this codec keeps unknown keys instead of rejecting them.
   *
   * @return whether decoding is lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Tells whether this codec writes indented output.
   *
   * @return whether encoding is pretty
   */
  public boolean isPretty() {
    return pretty;
  }

  /**
   * Returns the limits every decode works within.
   *
   * @return the decode limits
   */
  public DecodeLimits limits() {
    return limits;
  }

  /**
   * Decodes a document.
   *
   * @param json the document's text
   * @return the roadmap
   * @throws RoadmapDecodeException if the text is not a format 1.0 document
   */
  public Roadmap decode(String json) {
    return read(DocumentText.of(json, limits), null);
  }

  /**
   * Decodes a document from UTF-8 bytes.
   *
   * @param json the document's bytes
   * @return the roadmap
   * @throws RoadmapDecodeException if the bytes are not UTF-8 or not a format 1.0 document
   */
  public Roadmap decode(byte[] json) {
    return readUtf8(json);
  }

  /**
   * Decodes the document in a UTF-8 file.
   *
   * @param file the file
   * @return the roadmap
   * @throws IOException if the file cannot be read
   * @throws RoadmapDecodeException if the file is not UTF-8 or not a format 1.0 document
   */
  public Roadmap decode(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decode(in);
    }
  }

  /**
   * Decodes the document that a stream holds as UTF-8, reading it to its end.
   *
   * @param json the stream; it is not closed
   * @return the roadmap
   * @throws IOException if the stream cannot be read
   * @throws RoadmapDecodeException if the stream is not UTF-8 or not a format 1.0 document
   */
  public Roadmap decode(InputStream json) throws IOException {
    return read(DocumentInput.of(json, limits), null);
  }

  /**
   * Decodes the document a reader holds, reading it to its end.
   *
   * @param json the reader; it is not closed
   * @return the roadmap
   * @throws IOException if the reader cannot be read
   * @throws RoadmapDecodeException if the text is not a format 1.0 document
   */
  public Roadmap decode(Reader json) throws IOException {
    return read(DocumentInput.of(json, limits), null);
  }

  /**
   * Decodes a document and maps where each of its values starts.
   *
   * @param json the document's text
   * @return the roadmap and its source map
   * @throws RoadmapDecodeException if the text is not a format 1.0 document
   */
  public DecodedRoadmap decodeWithSourceMap(String json) {
    return readWithSourceMap(DocumentText.of(json, limits));
  }

  /**
   * Decodes a document from UTF-8 bytes and maps where each of its values starts.
   *
   * @param json the document's bytes
   * @return the roadmap and its source map
   * @throws RoadmapDecodeException if the bytes are not UTF-8 or not a format 1.0 document
   */
  public DecodedRoadmap decodeWithSourceMap(byte[] json) {
    return readWithSourceMap(DocumentText.of(json, limits));
  }

  /**
   * Decodes the document in a UTF-8 file and maps where each of its values starts.
   *
   * @param file the file
   * @return the roadmap and its source map
   * @throws IOException if the file cannot be read
   * @throws RoadmapDecodeException if the file is not UTF-8 or not a format 1.0 document
   */
  public DecodedRoadmap decodeWithSourceMap(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return decodeWithSourceMap(in);
    }
  }

  /**
   * Decodes the document that a stream holds as UTF-8 and maps where each of its values starts.
   *
   * @param json the stream, read to its end; it is not closed
   * @return the roadmap and its source map
   * @throws IOException if the stream cannot be read
   * @throws RoadmapDecodeException if the stream is not UTF-8 or not a format 1.0 document
   */
  public DecodedRoadmap decodeWithSourceMap(InputStream json) throws IOException {
    return readWithSourceMap(DocumentInput.of(json, limits));
  }

  /**
   * Decodes the document a reader holds and maps where each of its values starts.
   *
   * @param json the reader, read to its end; it is not closed
   * @return the roadmap and its source map
   * @throws IOException if the reader cannot be read
   * @throws RoadmapDecodeException if the text is not a format 1.0 document
   */
  public DecodedRoadmap decodeWithSourceMap(Reader json) throws IOException {
    return readWithSourceMap(DocumentInput.of(json, limits));
  }

  /**
   * Encodes a roadmap as a document.
   *
   * @param roadmap the roadmap
   * @return the document's text
   * @throws IllegalArgumentException if an extension member holds text that is not one JSON value
   *     or takes a key of the format; the message names the member
   */
  public String encode(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    StringWriter text = new StringWriter();
    ObjectWriteContext style = pretty ? PrettyOutput.INSTANCE : ObjectWriteContext.empty();
    try (JsonGenerator out = factory.createGenerator(style, text)) {
      writer.writeRoadmap(roadmap, out);
    }
    if (pretty) {
      text.append('\n');
    }
    return LoneSurrogates.escape(text.toString());
  }

  /**
   * Encodes a roadmap as a document in UTF-8 bytes.
   *
   * @param roadmap the roadmap
   * @return the document's bytes, the UTF-8 encoding of {@link #encode(Roadmap)}
   * @throws IllegalArgumentException as {@link #encode(Roadmap)} says
   */
  public byte[] encodeToBytes(Roadmap roadmap) {
    Objects.requireNonNull(roadmap, "roadmap");
    // Straight to UTF-8: going through encode(roadmap) built the text in a growing buffer, copied
    // it to a String and encoded that, about seven times the document's size in garbage.
    ByteArrayBuilder bytes = new ByteArrayBuilder();
    ObjectWriteContext style = pretty ? PrettyOutput.INSTANCE : ObjectWriteContext.empty();
    try (JsonGenerator out = factory.createGenerator(style, bytes, JsonEncoding.UTF8)) {
      writer.writeRoadmap(roadmap, out);
    }
    if (pretty) {
      bytes.append('\n');
    }
    byte[] utf8 = bytes.toByteArray();
    // An unpaired surrogate, which the byte generator escapes by its own rules: such rare text
    // takes encode's path, whose escaping is the documented form, so that these bytes are always
    // exactly the UTF-8 of encode(roadmap).
    return DocumentText.hasEscapedSurrogate(utf8)
        ? encode(roadmap).getBytes(StandardCharsets.UTF_8)
        : utf8;
  }

  /**
   * Encodes a roadmap into a UTF-8 file, replacing what it held.
   *
   * @param roadmap the roadmap
   * @param file the file, created if it does not exist
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException as {@link #encode(Roadmap)} says; the file is then untouched
   */
  public void encode(Roadmap roadmap, Path file) throws IOException {
    Files.write(file, encodeToBytes(roadmap));
  }

  /**
   * Encodes a roadmap onto a stream, in UTF-8, and flushes it.
   *
   * @param roadmap the roadmap
   * @param out the stream; it is not closed
   * @throws IOException if the stream cannot be written
   * @throws IllegalArgumentException as {@link #encode(Roadmap)} says; nothing is then written
   */
  public void encode(Roadmap roadmap, OutputStream out) throws IOException {
    out.write(encodeToBytes(roadmap));
    out.flush();
  }

  /**
   * Encodes a roadmap onto a writer and flushes it.
   *
   * @param roadmap the roadmap
   * @param out the writer; it is not closed
   * @throws IOException if the writer cannot be written
   * @throws IllegalArgumentException as {@link #encode(Roadmap)} says; nothing is then written
   */
  public void encode(Roadmap roadmap, Writer out) throws IOException {
    out.write(encode(roadmap));
    out.flush();
  }

  private DecodedRoadmap readWithSourceMap(String text) {
    SourceMap.Builder sourceMap = new SourceMap.Builder();
    Roadmap roadmap = read(text, sourceMap);
    return new DecodedRoadmap(roadmap, sourceMap.build());
  }

  /**
   * Decodes UTF-8 bytes without turning them into text first: Jackson's byte parser reads them
   * in place, which saves a copy of the document in UTF-16 (two, counting the String) and its
   * time. Errors are located in characters, as {@link SourceLocation} promises, which only the
   * text parser does; so a document that fails here is read again as text, which reports the
   * same problem where the documentation says. Bytes that are not well-formed UTF-8, or that
   * Jackson could take for UTF-16 or UTF-32 (a zero byte among the first four), go straight to
   * the text path, so the two paths accept exactly the same documents.
   */
  private Roadmap readUtf8(byte[] json) {
    DocumentText.requireLength(json.length, limits);
    if (DocumentText.isPlainUtf8(json)) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), json)) {
        return new RoadmapReader(new DocumentReader(parser, lenient, null, factory, false))
            .readDocument();
      } catch (JacksonException | RoadmapDecodeException e) {
        // Read it again as text, below, for the error in characters.
      }
    }
    return read(DocumentText.of(json, limits), null);
  }

  private DecodedRoadmap readWithSourceMap(DocumentInput input) throws IOException {
    SourceMap.Builder sourceMap = new SourceMap.Builder();
    Roadmap roadmap = read(input, sourceMap);
    return new DecodedRoadmap(roadmap, sourceMap.build());
  }

  private Roadmap read(String text, SourceMap.@Nullable Builder sourceMap) {
    if (SurrogateEscapes.needed(text)) {
      SurrogateEscapes escapes = SurrogateEscapes.of(text);
      return read(factory.createParser(ObjectReadContext.empty(), escapes), escapes, sourceMap);
    }
    return read(factory.createParser(ObjectReadContext.empty(), text), null, sourceMap);
  }

  /** Reads a stream or reader as the parser asks for it; its I/O errors stay IOExceptions. */
  private Roadmap read(DocumentInput input, SourceMap.@Nullable Builder sourceMap)
      throws IOException {
    SurrogateEscapes escapes = SurrogateEscapes.of(input);
    try {
      return read(factory.createParser(ObjectReadContext.empty(), escapes), escapes, sourceMap);
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  private Roadmap read(JsonParser source, @Nullable SurrogateEscapes escapes,
      SourceMap.@Nullable Builder sourceMap) {
    try (JsonParser parser = source) {
      DocumentReader in =
          new DocumentReader(parser, lenient, sourceMap, factory).readingThrough(escapes);
      try {
        return new RoadmapReader(in).readDocument();
      } catch (JacksonIOException e) {
        throw e;
      } catch (JacksonException e) {
        throw in.failure(e, limits);
      }
    }
  }

  /**
   * Returns the codec's options as text, for logs.
   *
   * @return {@code RoadmapCodec{lenient=..., pretty=..., limits=...}}
   */
  @Override
  public String toString() {
    return "RoadmapCodec{lenient=" + lenient + ", pretty=" + pretty + ", limits=" + limits + "}";
  }

  /** Builds a {@link RoadmapCodec}; every option has a default, so {@code build()} always works. */
  public static final class Builder {
    private boolean lenient;
    private boolean pretty;
    private DecodeLimits limits = DecodeLimits.defaults();

    private Builder() {}

    /**
     * Sets whether decoding keeps unknown keys as extensions (true) or rejects them (false, the
     * default).
     *
     * @param lenient whether to decode leniently
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Sets whether encoding indents (true) or writes compact output (false, the default).
     *
     * @param pretty whether to encode pretty
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the limits every decode works within; {@link DecodeLimits#defaults()} by default.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(DecodeLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Returns a codec with the options set.
     *
     * @return the codec
     */
    public RoadmapCodec build() {
      return new RoadmapCodec(this);
    }
  }
}
