package io.github.ceproadmap.examples;

// tag::example[]
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.ValidationReport;
import io.github.ceproadmap.model.validation.Validator;

/** Example: build a small roadmap in code, validate it and print the findings. */
public final class BuildAndValidate {
  private BuildAndValidate() {}

  /**
   * Builds a roadmap with two actions numbered 1.1 and no 1.2, validates it and prints one line
   * per finding.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Roadmap roadmap = Roadmap.builder()
        .id("my-roadmap")
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
    for (Finding finding : report.findings()) {
      System.out.println(finding.severity() + " " + finding.rule() + " at " + finding.pointer()
          + ": " + finding.message());
    }
    System.out.println(report.isValid() ? "valid" : "not valid");
  }

  private static Action action(String id, ActionAxis axis, String title) {
    return Action.builder().id(ActionId.parse(id)).axis(axis.id()).title(title).build();
  }
}
// end::example[]
