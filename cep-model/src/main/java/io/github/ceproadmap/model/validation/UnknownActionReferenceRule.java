package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.List;

/** {@code unknown-action-reference}: a project that serves an action the roadmap does not hold. */
final class UnknownActionReferenceRule implements Rule {
  @Override
  public String id() {
    return StandardRules.UNKNOWN_ACTION_REFERENCE;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a project names an action id that the roadmap does not hold";
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
              DocumentPointer.of("projects", k, "actions", m),
              "project " + project.id() + " serves action " + action
                  + ", which the roadmap does not hold");
        }
      }
    }
  }
}
