package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.organization;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateOrganizationIdRuleTest {
  private final Rule rule = DuplicateKeyRule.organizationId();

  @Test
  void reportsTheLaterOfTwoOrganisationsSharingAnId() {
    var roadmap =
        Roadmaps.minimal().toBuilder()
            .addOrganizations(organization("GEC"), organization("ITU"))
            .build();

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.DUPLICATE_ORGANIZATION_ID,
        Severity.ERROR,
        "/organizations/2/id",
        "/organizations/0/id",
        "\"ITU\"");
    assertValues(finding, "id", "ITU", "times", 2);
  }

  @Test
  void treatsIdsThatDifferInCaseAsDistinct() {
    var roadmap = Roadmaps.minimal().toBuilder().addOrganizations(organization("itu")).build();

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
