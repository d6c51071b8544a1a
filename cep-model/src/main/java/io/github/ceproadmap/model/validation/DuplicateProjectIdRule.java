package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code duplicate-project-id}: each later project that repeats an earlier one's id. */
final class DuplicateProjectIdRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.DUPLICATE_PROJECT_ID,
          Severity.ERROR,
          "Duplicate project id",
          "two projects share an id",
          "Give each project its own id: an id is P and the id of the project's main action, so "
              + "merge the two entries, or name the second after another action it serves.",
          "two projects \"P2.1\", the second also serving 2.5: rename it \"P2.5\" and list "
              + "[\"2.5\", \"2.1\"]",
          List.of(
              Value.of("id", "the repeated project id"),
              Duplicates.timesValue("id")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.projects(),
        Project::id,
        (id, index, first, occurrence) ->
            context.report(
                DocumentPointer.of(DocumentKeys.PROJECTS, index, DocumentKeys.ID),
                "project id " + id + " is used " + Duplicates.times(occurrence),
                DocumentPointer.of(DocumentKeys.PROJECTS, first, DocumentKeys.ID),
                Map.of("id", id, "times", occurrence)));
  }
}
