package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/** {@code unknown-action-reference}: a project that serves an action the roadmap does not hold. */
final class UnknownActionReferenceRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.UNKNOWN_ACTION_REFERENCE,
          Severity.ERROR,
          "Unknown action reference",
          "a project names an action id that the roadmap does not hold",
          "Name an action the roadmap holds, or add the missing action to its pathway.",
          "project P2.1 serves \"2.9\", which no pathway holds: write the action meant, such as "
              + "\"2.1\"",
          List.of(
              Value.of("project", "the id of the project"),
              Value.of("action", "the action id it names, which the roadmap does not hold")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      Project project = projects.get(k);
      List<ActionId> actions = project.actions();
      for (int m = 0; m < actions.size(); m++) {
        ActionId action = actions.get(m);
        if (roadmap.action(action).isEmpty()) {
          context.report(
              DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.ACTIONS, m),
              "project " + project.id() + " serves action " + action
                  + ", which the roadmap does not hold",
              Map.of("project", project.id(), "action", action));
        }
      }
    }
  }
}
