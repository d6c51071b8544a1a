package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The partnership launched on 2021-03-18, in the last month of 2021-Q1. */
class StatusQuarterBeforeLaunchRuleTest {
  private static final LocalDate LAUNCH = LocalDate.of(2021, 3, 18);

  private final Rule rule = new StatusQuarterBeforeLaunchRule();

  @Test
  void reportsAStatusQuarterThatEndsBeforeTheLaunchMonth() {
    Finding finding = only(Findings.of(rule, dated(LAUNCH, "2020-Q4")));

    assertFinding(
        finding,
        StandardRules.STATUS_QUARTER_BEFORE_LAUNCH,
        Severity.WARNING,
        "/statusQuarter",
        "/launched",
        "2020-Q4", "2021-03-18");
    assertValues(finding, "statusQuarter", Quarter.parse("2020-Q4"),
        "launched", LAUNCH);
  }

  @Test
  void acceptsTheQuarterOfTheLaunchAndLaterOnes() {
    assertEquals(List.of(), Findings.of(rule, dated(LAUNCH, "2021-Q1")));
    assertEquals(List.of(), Findings.of(rule, dated(LAUNCH, "2024-Q1")));
  }

  @Test
  void checksNothingWithoutBothDates() {
    Roadmap roadmap = Roadmaps.minimal().toBuilder().statusQuarter(Quarter.parse("1999-Q1")).build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }

  private static Roadmap dated(LocalDate launched, String quarter) {
    return Roadmaps.minimal().toBuilder()
        .launched(launched)
        .statusQuarter(Quarter.parse(quarter))
        .build();
  }
}
