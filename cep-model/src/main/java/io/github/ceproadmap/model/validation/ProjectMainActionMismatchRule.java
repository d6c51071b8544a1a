package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code project-main-action-mismatch}: a project whose id names another action than its first
 * (main) action, or that serves no action at all.
 */
final class ProjectMainActionMismatchRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.PROJECT_MAIN_ACTION_MISMATCH,
          Severity.WARNING,
          "Project id names another action",
          "a project id P2.1 whose first action is not 2.1",
          "List the action the project's id names first among its actions, or rename the project.",
          "project P2.1 lists [\"2.3\", \"2.1\"]: write [\"2.1\", \"2.3\"]",
          List.of(
              Value.of("project", "the project id"),
              Value.of("namedAction", "the action id that the project id names"),
              Value.optional("firstAction",
                  "the project's first action; absent when it serves none")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
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
            DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.ID),
            "project " + project.id() + " serves no action, though its id names " + named
                + " as its main action",
            Map.of("project", project.id(), "namedAction", named));
      } else if (!main.get().equals(named)) {
        context.report(
            DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.ACTIONS, 0),
            "the first action of project " + project.id() + " is " + main.get()
                + ", but its id names " + named,
            Map.of("project", project.id(), "namedAction", named, "firstAction", main.get()));
      }
    }
  }
}
