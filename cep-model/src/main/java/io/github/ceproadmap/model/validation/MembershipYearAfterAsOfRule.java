package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code membership-year-after-as-of}: an organisation's membership year that lies after the
 * year of the validator's as-of month, a membership the roadmap cannot know of yet. Without an
 * as-of month the rule reports nothing.
 */
final class MembershipYearAfterAsOfRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.MEMBERSHIP_YEAR_AFTER_AS_OF,
          Severity.WARNING,
          "Membership year in the future",
          "checked only when an as-of month is given: an organisation's membership year is after "
              + "the as-of month's year",
          "Correct the year, or validate with the as-of month the roadmap describes.",
          "member since 2031 in a 2025 roadmap: correct it to 2021",
          List.of(
              Value.of("year", "the membership year"),
              Value.of("asOf", "the as-of month")),
          true,
          "1.0");

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Optional<YearMonth> asOf = context.asOf();
    if (asOf.isEmpty()) {
      return;
    }
    List<Organization> organizations = roadmap.organizations();
    for (int o = 0; o < organizations.size(); o++) {
      List<Year> years = organizations.get(o).membershipYears();
      for (int y = 0; y < years.size(); y++) {
        if (years.get(y).getValue() > asOf.get().getYear()) {
          context.report(
              DocumentPointer.of(DocumentKeys.ORGANIZATIONS, o, DocumentKeys.MEMBERSHIP_YEARS, y),
              "organisation " + Quoting.quote(organizations.get(o).id()) + " is a member in "
                  + years.get(y) + ", after " + asOf.get(),
              Map.of("year", years.get(y), "asOf", asOf.get()));
        }
      }
    }
  }
}
