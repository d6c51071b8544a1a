package example.consumer;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;
import java.util.List;

/** Builds a roadmap with cep-model read from the class path, validates it, checks the findings. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Module model = Roadmap.class.getModule();
    require(!model.isNamed(), "cep-model should run from the class path, but runs as " + model);

    Roadmap roadmap = Roadmap.builder()
        .id("consumer-roadmap")
        .title("Circular Electronics Roadmap")
        .edition("2.0")
        .addAllAxes(ActionAxis.EDITION_2_0)
        .addPathways(Pathway.builder()
            .number(1)
            .title("Design for Circularity")
            .addActions(
                action("1.1", ActionAxis.COLLECTIVE, "Define circular products and services"),
                action("1.1", ActionAxis.COMPANY, "Develop circular transition tools"),
                action("1.3", ActionAxis.WIDER_STAKEHOLDER, "Create an enabling environment"))
            .build())
        .build();

    ValidationReport report = Validator.standard().validate(roadmap);
    List<String> found = report.findings().stream()
        .map(finding -> finding.severity() + " " + finding.rule() + " " + finding.pointer())
        .toList();
    List<String> expected = List.of(
        "ERROR duplicate-action-id /pathways/0/actions/1/id",
        "WARNING action-numbering-gap /pathways/0/actions/2/id");
    require(found.equals(expected), "expected the findings " + expected + " but got " + found);
    require(!report.isValid(), "a roadmap with a repeated action id should not be valid");
    System.out.println("cep-model on the class path: " + found);
  }

  private static Action action(String id, ActionAxis axis, String title) {
    return Action.builder().id(ActionId.parse(id)).axis(axis.id()).title(title).build();
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new AssertionError(problem);
    }
  }
}
