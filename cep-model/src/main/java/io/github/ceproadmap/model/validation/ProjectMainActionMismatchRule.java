package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.List;
import java.util.Optional;

/**
 * {@code project-main-action-mismatch}: a project whose id names another action than its first
 * (main) action, or that serves no action at all.
 */
final class ProjectMainActionMismatchRule implements Rule {
  @Override
  public String id() {
    return StandardRules.PROJECT_MAIN_ACTION_MISMATCH;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "a project id P2.1 whose first action is not 2.1";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      Project project = projects.get(k);
      ActionId named = project.id().actionId();
      Optional<ActionId> main = project.mainAction();
      if (main.isEmpty()) {
        context.report(
            DocumentPointer.of("projects", k, "id"),
            "project " + project.id() + " serves no action, though its id names " + named
                + " as its main action");
      } else if (!main.get().equals(named)) {
        context.report(
            DocumentPointer.of("projects", k, "actions", 0),
            "the first action of project " + project.id() + " is " + main.get()
                + ", but its id names " + named);
      }
    }
  }
}
