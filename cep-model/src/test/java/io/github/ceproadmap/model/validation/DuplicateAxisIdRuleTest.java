package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionAxis;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateAxisIdRuleTest {
  private final Rule rule = DuplicateKeyRule.axisId();

  @Test
  void reportsTheLaterOfTwoAxesSharingAnId() {
    var roadmap =
        Roadmaps.minimal().toBuilder().addAxes(ActionAxis.of("company", "Company asks")).build();

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_AXIS_ID,
        Severity.ERROR,
        "/axes/3/id",
        "/axes/1/id",
        "\"company\"");
    assertValues(finding, "id", "company", "times", 2);
  }

  @Test
  void acceptsTwoAxesSharingOnlyATitle() {
    var roadmap =
        Roadmaps.minimal().toBuilder()
            .addAxes(ActionAxis.of("companies", "Company actions"))
            .build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
