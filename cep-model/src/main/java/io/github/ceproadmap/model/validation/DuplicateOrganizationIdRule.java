package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code duplicate-organization-id}: each later organisation that repeats an earlier one's id. */
final class DuplicateOrganizationIdRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_ORGANIZATION_ID,
          Severity.ERROR,
          "Duplicate organisation id",
          "two organisations share an id",
          "Declare each organisation once; merge the two entries or give the second its own id.",
          "\"dell\" declared twice: delete the second entry, keeping its roles in the first",
          List.of(
              Value.of("id", "the repeated organisation id"),
              Duplicates.timesValue("id")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.organizations(),
        Organization::id,
        (id, index, first, occurrence) ->
            context.report(
                DocumentPointer.of(DocumentKeys.ORGANIZATIONS, index, DocumentKeys.ID),
                "organisation id " + Quoting.quote(id) + " is used "
                    + Duplicates.times(occurrence),
                DocumentPointer.of(DocumentKeys.ORGANIZATIONS, first, DocumentKeys.ID),
                Map.of("id", id, "times", occurrence)));
  }
}
