package io.github.ceproadmap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The output README shows for {@code cep validate} is what the command prints. */
class ReadmeOutputTest {
  @Test
  void readmeShowsTheRealOutputOfValidate() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String shown = "$ java -jar cep-cli/target/cep.jar validate\n" + CepRun.of("validate").out();
    assertTrue(readme.contains(shown), "README.md should show:\n" + shown);
  }
}
