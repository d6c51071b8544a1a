/** A consumer of cep-render as a named module. */
module example.consumer {
  requires io.github.ceproadmap.render;
}
