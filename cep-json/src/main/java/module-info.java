/**
 * Document format 1.0 of the CEP roadmap: JSON to {@code io.github.ceproadmap.model} values and
 * back, and the format's JSON Schema.
 *
 * <p>{@link io.github.ceproadmap.json.RoadmapCodec} reads and writes whole documents with error
 * locations and decode limits; {@link io.github.ceproadmap.json.CepJsonModule} plugs the same
 * readers and writers into a Jackson {@code JsonMapper}; {@link
 * io.github.ceproadmap.json.RoadmapSchema} publishes the JSON Schema.
 */
module io.github.ceproadmap.json {
  requires transitive io.github.ceproadmap.model;
  requires transitive tools.jackson.databind;

  exports io.github.ceproadmap.json;

  // Found by JsonMapper.builder().findAndAddModules(), and so by Spring Boot, on the module path;
  // META-INF/services names it for the class path.
  provides tools.jackson.databind.JacksonModule with io.github.ceproadmap.json.CepJsonModule;
}
