package io.github.ceproadmap.examples;

import io.github.ceproadmap.json.CepJsonModule;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import tools.jackson.databind.json.JsonMapper;

/** Example: register the CEP module in an application's own Jackson {@code JsonMapper}. */
public final class JacksonModuleExample {
  private JacksonModuleExample() {}

  /**
   * Reads a roadmap document given as the first argument's text with a mapper that has the CEP
   * module, and prints the title of action 2.1 and the roadmap written back by the same mapper.
   *
   * @param args the JSON text of a roadmap document
   */
  public static void main(String[] args) {
    // tag::example[]
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new CepJsonModule())
        .build();
    Roadmap roadmap = mapper.readValue(args[0], Roadmap.class);
    System.out.println(roadmap.action(ActionId.parse("2.1")).orElseThrow().title());
    String json = mapper.writeValueAsString(roadmap);
    System.out.println(json.length() + " characters");
    // end::example[]
  }
}
