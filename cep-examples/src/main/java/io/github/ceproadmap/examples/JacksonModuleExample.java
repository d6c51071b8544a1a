package io.github.ceproadmap.examples;

// tag::example[]
import io.github.ceproadmap.json.CepJsonModule;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/** Example: register the CEP module in an application's own Jackson {@code JsonMapper}. */
public final class JacksonModuleExample {
  private JacksonModuleExample() {}

  /**
   * Reads the roadmap document at the path the first argument names with a mapper that has the
   * CEP module, and prints the title of action 2.1 and the length of the roadmap written back by
   * the same mapper.
   *
   * @param args the path of a roadmap document
   */
  public static void main(String[] args) {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new CepJsonModule())
        .build();
    Roadmap roadmap = mapper.readValue(Path.of(args[0]), Roadmap.class);
    System.out.println(roadmap.action(ActionId.parse("2.1")).orElseThrow().title());
    String json = mapper.writeValueAsString(roadmap);
    System.out.println(json.length() + " characters");
  }
}
// end::example[]
