/**
 * The typed model of the Circular Electronics Partnership (CEP) roadmap and its validation rules.
 *
 * <p>{@link io.github.ceproadmap.model} holds the roadmap as immutable values;
 * {@link io.github.ceproadmap.model.validation} checks a roadmap's consistency and reports every
 * defect with a JSON Pointer to where it is. At run time this module needs only the JDK and
 * JSpecify.
 */
module io.github.ceproadmap.model {
  requires transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.ceproadmap.model;
  exports io.github.ceproadmap.model.validation;
  exports io.github.ceproadmap.model.diff;
  exports io.github.ceproadmap.model.internal to
      io.github.ceproadmap.json, io.github.ceproadmap.sheets, io.github.ceproadmap.render;
}
