package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * A Jackson module that reads and writes the model types in format 1.0, for code that already
 * uses a Jackson {@code JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CepJsonModule()).build();
 * Roadmap roadmap = mapper.readValue(json, Roadmap.class);
 * }</pre>
 *
 * <p>It registers a serializer and a deserializer for {@link Roadmap}, {@link ActionAxis},
 * {@link Pathway}, {@link Action}, {@link Organization}, {@link Project} and {@link Contact},
 * which delegate to the readers and writers of {@link RoadmapCodec}, so the keys, the checks and
 * the messages are the same; the mapper's settings decide pretty printing. A strict module (the
 * default) rejects unknown keys; a {@link #lenient()} one keeps them as extensions, as the codec
 * does.
 *
 * <p>What the mapper does not take from the codec: the mapper's own stream read constraints apply
 * instead of {@link DecodeLimits}, content after the value is the mapper's business, and a
 * document error is a {@link MismatchedInputException} (a Jackson exception, as mapper users
 * expect) whose cause is the {@link RoadmapDecodeException} with the problem, location and
 * pointer. Both are absolute: a roadmap read as the value {@code "roadmap"} of a larger document
 * reports {@code /roadmap/pathways/1/actions/0/id} and the line and column in the whole document
 * (when the mapper reads JSON text; a mapper that replays buffered tokens has no locations to
 * give). Malformed JSON is the mapper's own exception.
 *
 * <p>The module is registered as a service of {@link JacksonModule}, so {@code
 * JsonMapper.builder().findAndAddModules()} finds a strict one on the class path and on the
 * module path, and so does Spring Boot 4, which builds its mapper that way.
 *
 * <p>The module is immutable and may be registered with any number of mappers.
 */
public final class CepJsonModule extends JacksonModule {
  /** Writes and parses extension values as JSON text, whatever format the mapper reads. */
  private static final JsonFactory JSON_TEXT = new JsonFactory();

  private final boolean lenient;

  /** Creates a strict module, which rejects unknown keys. */
  public CepJsonModule() {
    this(false);
  }

  private CepJsonModule(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * Returns a strict module, which rejects unknown keys; the same as {@code new CepJsonModule()}.
   *
   * @return a strict module
   */
  public static CepJsonModule strict() {
    return new CepJsonModule(false);
  }

  /**
   * Returns a lenient module, which keeps unknown keys as extensions and writes them back.
   *
   * @return a lenient module
   */
  public static CepJsonModule lenient() {
    return new CepJsonModule(true);
  }

  /**
   * Tells whether this module keeps unknown keys instead of rejecting them.
   *
   * @return whether reading is lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Returns the module's name.
   *
   * @return {@code "cep-json"}
   */
  @Override
  public String getModuleName() {
    return "cep-json";
  }

  /**
   * Returns the module's version; this module does not track one.
   *
   * @return {@link Version#unknownVersion()}
   */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Registers the serializers and deserializers with a mapper being built.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    RoadmapWriter writer = new RoadmapWriter(JSON_TEXT);
    SimpleSerializers serializers = new SimpleSerializers(List.of(
        new Serializer<>(Roadmap.class, writer::writeRoadmap),
        new Serializer<>(ActionAxis.class, writer::writeAxis),
        new Serializer<>(Pathway.class, writer::writePathway),
        new Serializer<>(Action.class, writer::writeAction),
        new Serializer<>(Organization.class, writer::writeOrganization),
        new Serializer<>(Project.class, writer::writeProject),
        new Serializer<>(Contact.class, writer::writeContact)));
    Map<Class<?>, ValueDeserializer<?>> deserializers = new HashMap<>();
    deserializers.put(Roadmap.class, new Deserializer<>(Roadmap.class, RoadmapReader::readRoadmap));
    deserializers.put(ActionAxis.class, new Deserializer<>(ActionAxis.class, RoadmapReader::readAxis));
    deserializers.put(Pathway.class, new Deserializer<>(Pathway.class, RoadmapReader::readPathway));
    deserializers.put(Action.class, new Deserializer<>(Action.class, RoadmapReader::readAction));
    deserializers.put(Organization.class,
        new Deserializer<>(Organization.class, RoadmapReader::readOrganization));
    deserializers.put(Project.class, new Deserializer<>(Project.class, RoadmapReader::readProject));
    deserializers.put(Contact.class, new Deserializer<>(Contact.class, RoadmapReader::readContact));
    context.addSerializers(serializers);
    context.addDeserializers(new SimpleDeserializers(deserializers));
  }

  /** Writes one model type with the codec's writer. */
  private static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final BiConsumer<T, JsonGenerator> write;

    Serializer(Class<T> type, BiConsumer<T, JsonGenerator> write) {
      this.type = type;
      this.write = write;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializationContext context) {
      write.accept(value, out);
    }
  }

  /** Reads one model type with the codec's reader, from the mapper's parser. */
  private final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<RoadmapReader, T> read;

    Deserializer(Class<T> type, Function<RoadmapReader, T> read) {
      this.type = type;
      this.read = read;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser in, DeserializationContext context) {
      // Where the value sits in the whole document: the parser is on the value's first token,
      // which has already opened the value's own context, so the place is its parent's. That
      // context does not move while the value is read, so it is rendered only on an error.
      TokenStreamContext place = in.streamReadContext();
      TokenStreamContext outer = in.isExpectedStartObjectToken() || in.isExpectedStartArrayToken()
          ? place.getParent()
          : place;
      try {
        return read.apply(new RoadmapReader(new DocumentReader(in, lenient, null, JSON_TEXT)));
      } catch (RoadmapDecodeException e) {
        RoadmapDecodeException located = outer == null
            ? e
            : e.within(DocumentPointer.parse(outer.pathAsPointer().toString()));
        MismatchedInputException mismatch =
            MismatchedInputException.from(in, type, located.getMessage());
        mismatch.initCause(located);
        throw mismatch;
      }
    }
  }
}
