/** A consumer of cep-json as a named module. */
module example.consumer {
  requires io.github.ceproadmap.json;
}
