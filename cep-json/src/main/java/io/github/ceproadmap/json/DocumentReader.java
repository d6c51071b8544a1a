package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import io.github.ceproadmap.json.RoadmapDecodeException.Code;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * The one strict reader of objects, arrays and scalars that every type's reader is built on. It
 * walks a Jackson token stream, keeps the path to the current value, rejects duplicate keys,
 * rejects unknown keys (strict) or keeps them as extensions (lenient), checks required keys,
 * reads scalars without coercion ({@code "7"} is no integer, {@code 7} no string, {@code null}
 * neither), and turns every problem into a {@link RoadmapDecodeException} at the right place.
 *
 * <p>Convention: every {@code read} method starts on the current token, the first token of the
 * value, and leaves the parser on the value's last token. One instance reads one document, on one
 * thread.
 */
final class DocumentReader {

  private final JsonParser parser;
  private final boolean lenient;
  private final SourceMap.@Nullable Builder sourceMap;
  private final JsonFactory extensionText;
  private final boolean locatesErrors;
  private @Nullable SurrogateEscapes escapes;
  private final PointerPath path = new PointerPath();

  // The objects being read, innermost last: shape, keys seen (bit i for key i), where each starts
  // (null unless errors are located) and its extensions.
  private ObjectShape[] shapes = new ObjectShape[4];
  private long[] seen = new long[4];
  private @Nullable TokenStreamLocation[] starts = new TokenStreamLocation[4];
  @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
  private Map<String, String>[] extensions = new Map[4];
  private int depth;

  /**
   * Creates a reader.
   *
   * @param parser the token stream
   * @param lenient whether unknown keys are kept as extensions instead of rejected
   * @param sourceMap where to record the location of each value, or null to record none
   * @param extensionText the factory that writes a kept extension value as compact JSON text
   */
  DocumentReader(
      JsonParser parser,
      boolean lenient,
      SourceMap.@Nullable Builder sourceMap,
      JsonFactory extensionText) {
    this(parser, lenient, sourceMap, extensionText, true);
  }

  /**
   * Creates a reader that, unless {@code locatesErrors}, does not note where each object starts.
   * That location only serves an error found at the object's end (a missing key, a value the
   * model rejects); a caller that reads the document again to report any error, as decoding
   * UTF-8 bytes does, need not pay for one location per object.
   */
  DocumentReader(
      JsonParser parser,
      boolean lenient,
      SourceMap.@Nullable Builder sourceMap,
      JsonFactory extensionText,
      boolean locatesErrors) {
    this.parser = parser;
    this.lenient = lenient;
    this.sourceMap = sourceMap;
    this.extensionText = extensionText;
    this.locatesErrors = locatesErrors;
  }

  /**
   * Notes that the parser reads the document through {@code escapes}, whose columns differ from
   * the document's after an escaped surrogate; locations are then given as the document has them.
   */
  DocumentReader readingThrough(@Nullable SurrogateEscapes escapes) {
    this.escapes = escapes;
    return this;
  }

  /** Advances to the next token; null at the end of the input. */
  @Nullable JsonToken next() {
    return parser.nextToken();
  }

  /** Records where the current value starts, if a source map is being built. */
  void recordLocation() {
    if (sourceMap != null) {
      TokenStreamLocation at = parser.currentTokenLocation();
      sourceMap.put(path.pointer(), line(at), column(at));
    }
  }

  /**
   * Starts reading an object of {@code shape} and returns its first known key, as {@link
   * #nextKey} does. The caller reads each key's value, asks for the next key until there is none,
   * and then calls {@link #endObject}:
   *
   * <pre>{@code
   * for (String key = in.firstKey(shape); key != null; key = in.nextKey()) {
   *   switch (key) { ... }
   * }
   * return in.endObject(builder, Action.Builder::putAllExtensions, Action.Builder::build);
   * }</pre>
   *
   * <p>A loop rather than callbacks: a capturing lambda per object and per array, called through
   * one shared call site for every type, cost an allocation each and kept the JIT from inlining
   * the types' readers.
   */
  @Nullable String firstKey(ObjectShape shape) {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw error(Code.WRONG_TYPE, "expected " + shape.what() + " object but found " + describeCurrent());
    }
    if (depth == shapes.length) {
      shapes = Arrays.copyOf(shapes, depth * 2);
      seen = Arrays.copyOf(seen, depth * 2);
      starts = Arrays.copyOf(starts, depth * 2);
      extensions = Arrays.copyOf(extensions, depth * 2);
    }
    // Locations are objects: note the object's start only if an error may need it, and a key's
    // only on the error at the key (the parser is still there). Extensions are rare: no map
    // until one comes. Per object and per key, these were a quarter of what decoding allocated.
    shapes[depth] = shape;
    seen[depth] = 0;
    starts[depth] = locatesErrors ? parser.currentTokenLocation() : null;
    extensions[depth] = Map.of();
    depth++;
    return keyOrEnd();
  }

  /**
   * Returns the next known key of the current object, with the parser on its value's first
   * token; keeps or rejects unknown keys on the way, and checks that no key repeats. At the end
   * of the object, checks that every required key was there and returns null.
   */
  @Nullable String nextKey() {
    path.pop();
    return keyOrEnd();
  }

  private @Nullable String keyOrEnd() {
    int top = depth - 1;
    ObjectShape shape = shapes[top];
    while (next() == JsonToken.PROPERTY_NAME) {
      String key = parser.currentName();
      int index = shape.indexOf(key);
      path.pushName(key);
      if (index >= 0 ? (seen[top] & (1L << index)) != 0 : extensions[top].containsKey(key)) {
        throw error(Code.DUPLICATE_KEY, key, "duplicate key " + Quoting.quote(key) + " in " + shape.what());
      }
      boolean schema = shape == ObjectShape.ROADMAP && key.equals(DocumentKeys.SCHEMA);
      if (index < 0 && !lenient && !schema) {
        throw error(Code.UNKNOWN_KEY, key, "unknown key " + Quoting.quote(key) + " in " + shape.what() + "; known keys are "
            + shape.keyList());
      }
      next();
      recordLocation();
      if (index >= 0) {
        seen[top] |= 1L << index;
        return key;
      }
      if (schema && parser.currentToken() != JsonToken.VALUE_STRING) {
        throw error(Code.WRONG_TYPE, "expected the URI of the document's JSON Schema (a string) but found "
            + describeCurrent());
      }
      if (extensions[top].isEmpty()) {
        extensions[top] = new LinkedHashMap<>();
      }
      extensions[top].put(key, captureValue());
      path.pop();
    }
    String missing = shape.firstMissing(seen[top]);
    if (missing != null) {
      throw error(Code.MISSING_KEY, missing,
          "missing required key " + Quoting.quote(missing) + " in " + shape.what(), starts[top]);
    }
    return null;
  }

  /**
   * Ends the object whose keys {@link #nextKey} has run out of: hands the extensions (unknown
   * keys to compact JSON text, in document order), if there are any, to {@code putExtensions},
   * and returns what {@code build} makes of {@code builder}. Model checks that {@code build}
   * fails with become errors at the object.
   */
  <B, T> T endObject(
      B builder, BiConsumer<B, Map<String, String>> putExtensions, Function<B, T> build) {
    int top = --depth;
    try {
      if (!extensions[top].isEmpty()) {
        // Only then: a builder makes its map on the first put, even of nothing.
        putExtensions.accept(builder, extensions[top]);
      }
      return build.apply(builder);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error(Code.BAD_VALUE, null, String.valueOf(e.getMessage()), starts[top]);
    } finally {
      starts[top] = null;
      extensions[top] = Map.of();
    }
  }

  /**
   * Starts reading an array: returns whether it has a first element, with the parser on that
   * element's first token. Read each element, then ask {@link #nextElement}:
   * {@code for (boolean more = in.firstElement(); more; more = in.nextElement())}.
   */
  boolean firstElement() {
    require(JsonToken.START_ARRAY, "an array");
    path.pushIndex(0);
    return elementOrEnd();
  }

  /** Returns whether the array has another element, with the parser on its first token. */
  boolean nextElement() {
    path.advanceIndex();
    return elementOrEnd();
  }

  private boolean elementOrEnd() {
    if (next() == JsonToken.END_ARRAY) {
      path.pop();
      return false;
    }
    recordLocation();
    return true;
  }

  /**
   * Reads a string.
   *
   * @param what what the string should be, for the message: {@code "a string"}
   */
  String readString(String what) {
    require(JsonToken.VALUE_STRING, what);
    return parser.getString();
  }

  /**
   * Reads a string and converts it with {@code parse}, whose {@link IllegalArgumentException}
   * message becomes the problem reported at the string.
   */
  <T> T readString(String what, Function<String, T> parse) {
    String text = readString(what);
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(Code.BAD_VALUE, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads an integer from 1 to {@link Integer#MAX_VALUE}. A number with a zero fraction, such as
   * {@code 13.0} or {@code 1.3e1}, is that integer, as JSON Schema has it; {@code 13.5} and
   * {@code "13"} are errors.
   */
  int readPositiveInt(String what) {
    return readInt(what, 1, Integer.MAX_VALUE);
  }

  /**
   * Reads an integer from {@code min} to {@code max}, read as {@link #readPositiveInt} reads
   * one.
   */
  int readInt(String what, int min, int max) {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == NumberType.INT) {
      // The common case, without the BigDecimal below.
      int value = parser.getIntValue();
      if (value >= min && value <= max) {
        return value;
      }
    } else {
      BigDecimal value = decimalOrNull();
      if (value != null
          && value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0
          && value.stripTrailingZeros().scale() <= 0) {
        return value.intValueExact();
      }
    }
    throw error(Code.WRONG_TYPE, "expected " + what + " but found " + describeCurrent());
  }

  /** Returns the current number, or null if the token is no number or its exponent is absurd. */
  private @Nullable BigDecimal decimalOrNull() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return null;
    }
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // Jackson refuses exponents BigDecimal cannot hold (1E2147483648): no integer of ours.
      return null;
    }
  }

  /** Fails unless the current token is {@code expected}, naming {@code what} was expected. */
  void require(JsonToken expected, String what) {
    if (parser.currentToken() != expected) {
      throw error(Code.WRONG_TYPE, "expected " + what + " but found " + describeCurrent());
    }
  }

  /** Describes the current token for a message: "the string \"7\"", "an array", "null". */
  String describeCurrent() {
    JsonToken token = parser.currentToken();
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case VALUE_STRING:
        return "the string " + Quoting.quote(parser.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + parser.getString();
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case PROPERTY_NAME:
        return "the key " + Quoting.quote(parser.currentName());
      default:
        return parser.getString();
    }
  }

  /** Returns the error {@code problem} at the current token (or the end of input) and path. */
  RoadmapDecodeException error(Code code, String problem) {
    return error(code, null, problem);
  }

  /** Returns the error {@code problem} about {@code key} at the current token and path. */
  RoadmapDecodeException error(Code code, @Nullable String key, String problem) {
    return error(code, key, problem, parser.currentToken() == null
        ? parser.currentLocation()
        : parser.currentTokenLocation());
  }

  /** Returns the error {@code problem} about {@code key} at {@code at} and the current path. */
  RoadmapDecodeException error(Code code, @Nullable String key, String problem,
      @Nullable TokenStreamLocation at) {
    return error(code, key, problem, at != null ? at : parser.currentTokenLocation(),
        path.pointer());
  }

  private RoadmapDecodeException error(Code code, @Nullable String key, String problem,
      TokenStreamLocation at, DocumentPointer pointer) {
    return new RoadmapDecodeException(code, key, problem, line(at), column(at), pointer);
  }

  /**
   * Turns what Jackson threw while reading into the codec's error: malformed JSON where Jackson
   * located it, an exceeded limit where reading stopped. The pointer is the parser's own path
   * here, not {@link #path}: Jackson reads a key and the value after it in one step, so when a
   * value breaks a limit, only the parser knows the key is already read.
   *
   * @param limits the limits in force, to name the one exceeded
   */
  RoadmapDecodeException failure(JacksonException e, DecodeLimits limits) {
    DocumentPointer pointer = PointerPath.of(parser.streamReadContext());
    if (e instanceof LimitedReads.Exceeded) {
      Limit limit = ((LimitedReads.Exceeded) e).limit();
      return error(Code.LIMIT_EXCEEDED, null, limit.exceeded(limits), parser.currentLocation(),
          pointer);
    }
    if (e instanceof StreamConstraintsException) {
      // A constraint without a DecodeLimits setting (BigInteger scale): Jackson's words.
      return error(Code.LIMIT_EXCEEDED, null, jacksonProblem(e), parser.currentLocation(), pointer);
    }
    TokenStreamLocation at = e.getLocation();
    String problem = (e instanceof StreamReadException ? "malformed JSON: " : "cannot read: ")
        + jacksonProblem(e);
    return error(Code.NOT_JSON, null, problem,
        at != null && at.getLineNr() > 0 ? at : parser.currentLocation(), pointer);
  }

  /**
   * Jackson's own description of a problem, without the location it appends (the error carries
   * its own) and with the document text it quotes made safe to show.
   */
  static String jacksonProblem(JacksonException e) {
    String problem = String.valueOf(e.getOriginalMessage());
    int source = problem.indexOf("\n at [Source");
    return Quoting.escape(source >= 0 ? problem.substring(0, source) : problem);
  }

  /** Copies the current value to compact JSON text, for an extension member. */
  private String captureValue() {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = extensionText.createGenerator(ObjectWriteContext.empty(), text)) {
      JsonValues.copy(parser, out);
    }
    return text.toString();
  }

  private static int line(TokenStreamLocation at) {
    return Math.max(1, at.getLineNr());
  }

  private int column(TokenStreamLocation at) {
    return Math.max(1, escapes == null ? at.getColumnNr() : escapes.column(at));
  }
}
