package io.github.ceproadmap.cli;

import io.github.ceproadmap.json.RoadmapSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cep schema}: prints the JSON Schema of document format 1.0. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of roadmap document format 1.0.",
    exitCodeListHeading = Cep.EXIT_CODES,
    exitCodeList = {" 0:printed", Cep.EXIT_USAGE, Cep.EXIT_INTERNAL})
final class SchemaCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().getOut().print(RoadmapSchema.text());
  }
}
