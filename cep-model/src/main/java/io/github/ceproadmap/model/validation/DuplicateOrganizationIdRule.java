package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;

/** {@code duplicate-organization-id}: each later organisation that repeats an earlier one's id. */
final class DuplicateOrganizationIdRule implements Rule {
  @Override
  public String id() {
    return StandardRules.DUPLICATE_ORGANIZATION_ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "two organisations share an id";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.organizations(),
        Organization::id,
        (id, index, first, occurrence) ->
            context.report(
                DocumentPointer.of("organizations", index, "id"),
                "organisation id " + Quoting.quote(id) + " is used "
                    + Duplicates.times(occurrence),
                DocumentPointer.of("organizations", first, "id")));
  }
}
