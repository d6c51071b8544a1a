package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defects DOMAIN.md section 3 lists for the published edition 2.0, found where they are. */
class PublishedEditionsTest {

  private static final List<String> TABLE_A_FINDINGS = List.of(
      "error duplicate-action-id /pathways/3/actions/3/id <- /pathways/3/actions/2/id",
      "warning duplicate-action-title /pathways/3/actions/4/title <- /pathways/3/actions/2/title",
      "info empty-axis-in-pathway /pathways/4/actions",
      "warning action-numbering-gap /pathways/4/actions/4/id");

  /**
   * Table B as its slide text gives it: the second 2.4 and the missing 2.5 and 3.7 beside table
   * A's pathway 5 findings. The slide text has no collective 4.3 (that cell holds the shifted
   * 3.4), so table A's doubled 4.3 and its repeated title are not in table B.
   */
  private static final List<String> TABLE_B_MATRIX_FINDINGS = List.of(
      "error duplicate-action-id /pathways/1/actions/4/id <- /pathways/1/actions/3/id",
      "warning action-numbering-gap /pathways/1/actions/5/id",
      "warning action-numbering-gap /pathways/2/actions/6/id",
      "info empty-axis-in-pathway /pathways/4/actions",
      "warning action-numbering-gap /pathways/4/actions/4/id");

  @Test
  void tableAHasExactlyItsFourKnownDefects() {
    ValidationReport report = Validator.standard().validate(Editions.tableA());
    assertEquals(TABLE_A_FINDINGS, describe(report));
    assertTrue(report.hasErrors());
    assertTrue(report.findings().get(0).message().contains("4.3"), report.toString());
    assertTrue(report.findings().get(3).message().contains("5.5"), report.toString());
    assertTrue(report.findings().get(2).message().contains("company"), report.toString());
  }

  @Test
  void tableBsMatrixAddsTheSecond24AndTheMissing25And37() {
    Roadmap matrix = Editions.tableB().toBuilder().projects(List.of()).build();
    ValidationReport report = Validator.standard().validate(matrix);
    assertEquals(TABLE_B_MATRIX_FINDINGS, describe(report));
    assertTrue(report.findings().get(1).message().contains("2.5"), report.toString());
    assertTrue(report.findings().get(2).message().contains("3.7"), report.toString());
  }

  @Test
  void tableBsProjectServesAn25ThatTableBDoesNotHold() {
    List<String> expected = new java.util.ArrayList<>(TABLE_B_MATRIX_FINDINGS);
    expected.add("error unknown-action-reference /projects/0/actions/1");
    assertEquals(expected, describe(Validator.standard().validate(Editions.tableB())));
  }

  @Test
  void project21AndTheMembershipsAgreeWithTheDashboardMonth() {
    Validator asOfDashboard = Validator.builder().asOf(java.time.YearMonth.of(2024, 3)).build();
    Roadmap tableA = Editions.tableA();
    assertEquals(TABLE_A_FINDINGS, describe(asOfDashboard.validate(tableA)));
    assertEquals(java.util.Optional.of(Quarter.parse("2024-Q1")), tableA.statusQuarter());
    assertEquals(java.util.Optional.of(java.time.LocalDate.of(2021, 3, 18)), tableA.launched());
  }

  private static List<String> describe(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.severity().id() + " " + f.rule() + " " + f.pointer()
            + f.related().map(r -> " <- " + r).orElse(""))
        .toList();
  }
}
