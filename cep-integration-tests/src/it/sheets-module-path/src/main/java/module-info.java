/** A consumer of cep-sheets as a named module. */
module example.consumer {
  requires io.github.ceproadmap.sheets;
}
