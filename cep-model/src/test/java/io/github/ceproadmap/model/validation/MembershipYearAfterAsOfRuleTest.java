package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Roadmap;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MembershipYearAfterAsOfRuleTest {
  private final Rule rule = new MembershipYearAfterAsOfRule();

  @Test
  void reportsAMembershipYearAfterTheAsOfMonthsYear() {
    Finding finding = only(Findings.of(rule, withMember(2023, 2025), YearMonth.of(2024, 12)));

    assertFinding(
        finding,
        StandardRules.MEMBERSHIP_YEAR_AFTER_AS_OF,
        Severity.WARNING,
        "/organizations/1/membershipYears/1",
        null,
        "\"Lenovo\"", "2025", "2024-12");
    assertValues(finding, "year", Year.of(2025), "asOf", YearMonth.of(2024, 12));
  }

  @Test
  void acceptsAMembershipInTheAsOfMonthsYear() {
    assertEquals(List.of(), Findings.of(rule, withMember(2024), YearMonth.of(2024, 1)));
  }

  @Test
  void reportsNothingWithoutAnAsOfMonth() {
    assertEquals(List.of(), Findings.of(rule, withMember(9999), null));
  }

  private static Roadmap withMember(int... years) {
    Organization.Builder lenovo = Organization.builder()
        .id("Lenovo")
        .name("Lenovo")
        .addRoles(OrganizationRole.MEMBER);
    for (int year : years) {
      lenovo.addMembershipYears(Year.of(year));
    }
    return Roadmaps.minimal().toBuilder().addOrganizations(lenovo.build()).build();
  }
}
