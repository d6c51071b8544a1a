package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.fullPathway;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Pathway;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  @Test
  void findingsComeInDocumentOrderNotRuleOrder() {
    // Rules run in catalog order, duplicate ids before blank titles; and "10" sorts before "2" as
    // text. The report must still read top to bottom like the document.
    List<Pathway> pathways =
        new ArrayList<>(IntStream.rangeClosed(1, 11).mapToObj(Roadmaps::fullPathway).toList());
    pathways.set(2, fullPathway(3).toBuilder().title("").build());
    pathways.set(
        10, fullPathway(11).toBuilder().addActions(action("11.1", COLLECTIVE, "Again")).build());
    var roadmap =
        Roadmaps.minimal().toBuilder()
            .title(" ")
            .pathways(pathways)
            .addProjects(project("P1.1", "1.1"), project("P1.1", "1.9"))
            .build();

    ValidationReport report = Validator.standard().validate(roadmap);

    assertEquals(
        List.of(
            "blank-title /title",
            "blank-title /pathways/2/title",
            "duplicate-action-id /pathways/10/actions/3/id",
            "duplicate-project-id /projects/1/id",
            "unknown-action-reference /projects/1/actions/0",
            "project-main-action-mismatch /projects/1/actions/0"),
        report.findings().stream().map(f -> f.rule() + " " + f.pointer().toString()).toList());
  }
}
