/** A consumer of cep-model as a named module. */
module example.consumer {
  requires io.github.ceproadmap.model;
}
