package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;

/** {@code duplicate-project-id}: each later project that repeats an earlier one's id. */
final class DuplicateProjectIdRule implements Rule {
  @Override
  public String id() {
    return StandardRules.DUPLICATE_PROJECT_ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "two projects share an id";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Duplicates.forEachLater(
        roadmap.projects(),
        Project::id,
        (id, index, first, occurrence) ->
            context.report(
                DocumentPointer.of("projects", index, "id"),
                "project id " + id + " is used " + Duplicates.times(occurrence),
                DocumentPointer.of("projects", first, "id")));
  }
}
