package example.consumer;

import io.github.ceproadmap.json.CepJsonModule;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.json.RoadmapDecodeException;
import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.json.RoadmapSchema;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes, validates and encodes a roadmap with cep-json read from the class path, through the
 * codec and through the Jackson module, and reads the bundled schema and the published edition.
 */
public final class Main {
  private static final String DOCUMENT = """
      {"schemaVersion": "1.0", "id": "consumer-roadmap", "title": "Circular Electronics Roadmap",
       "edition": "2.0",
       "axes": [{"id": "collective", "title": "Collective actions"}],
       "pathways": [{"number": 1, "title": "Design for Circularity", "actions": [
         {"id": "1.1", "axis": "collective", "title": "Define circular products and services"},
         {"id": "1.1", "axis": "collective", "title": "Set up an industry repository"}]}]}
      """;

  private Main() {}

  public static void main(String[] args) {
    Module json = RoadmapCodec.class.getModule();
    require(!json.isNamed(), "cep-json runs as " + json + ", which is not what this consumer expects");

    Roadmap roadmap = RoadmapCodec.strict().decode(DOCUMENT);
    require(roadmap.action(ActionId.parse("1.1")).isPresent(), "action 1.1 was not decoded");
    var findings = Validator.standard().validate(roadmap).findings();
    require(findings.size() == 1 && findings.get(0).rule().equals("duplicate-action-id"),
        "expected one duplicate-action-id finding but got " + findings);
    require(RoadmapCodec.strict().decode(RoadmapCodec.strict().encode(roadmap)).equals(roadmap),
        "the roadmap did not survive encode and decode");

    JsonMapper mapper = JsonMapper.builder().addModule(new CepJsonModule()).build();
    require(mapper.readValue(DOCUMENT, Roadmap.class).equals(roadmap),
        "the Jackson module read another roadmap than the codec");
    JsonMapper discovering = JsonMapper.builder().findAndAddModules().build();
    require(discovering.registeredModules().stream().anyMatch(CepJsonModule.class::isInstance),
        "findAndAddModules() did not find CepJsonModule");
    require(discovering.readValue(DOCUMENT, Roadmap.class).equals(roadmap),
        "the discovered Jackson module read another roadmap than the codec");

    try {
      RoadmapCodec.strict().decode(DOCUMENT.replace("\"1.1\"", "\"1.x\""));
      throw new AssertionError("a malformed id was accepted");
    } catch (RoadmapDecodeException expected) {
      require(expected.line() == 5 && expected.pointer().toString().equals("/pathways/0/actions/0/id"),
          "the error should be at line 5, /pathways/0/actions/0/id: " + expected.getMessage());
    }
    require(RoadmapSchema.text().contains(RoadmapSchema.ID), "the schema text lacks its $id");
    Roadmap edition = RoadmapEditions.edition2_0();
    require(edition.organizations().size() == 21
            && edition.statusQuarter().map(q -> q.label().equals("Q1 2024")).orElse(false),
        "the published edition 2.0 lacks its organisations or its quarter");
    require(RoadmapEditions.edition2_0ActivationSlide().project(ProjectId.parse("P2.1"))
            .map(p -> p.dissemination().size() == 1).orElse(false),
        "the activation slide lacks project P2.1's dissemination");
    require(Main.class.getClassLoader().getResource(RoadmapEditions.EDITION_2_0) != null,
        "on the class path, the published edition should be a plain resource");
    System.out.println("cep-json on the class path, as " + json + ": decoded, validated, encoded; published edition loaded");
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new AssertionError(problem);
    }
  }
}
