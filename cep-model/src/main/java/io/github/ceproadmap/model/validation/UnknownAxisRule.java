package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code unknown-axis}: an action on an axis that the roadmap does not declare. */
final class UnknownAxisRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.UNKNOWN_AXIS,
          Severity.ERROR,
          "Unknown axis",
          "an action names an axis that the roadmap does not declare",
          "Put the action on a declared axis, or declare the axis under \"axes\".",
          "\"axis\": \"goverment\" (typo): write \"government\"",
          List.of(
              Value.of("id", "the id of the action"),
              Value.of("axis", "the axis it names, which the roadmap does not declare")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Set<String> declared = new LinkedHashSet<>();
    roadmap.axes().forEach(axis -> declared.add(axis.id()));
    String declaredText =
        declared.isEmpty() ? "it declares none" : "it declares " + String.join(", ", declared);
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      for (int j = 0; j < group.actions().size(); j++) {
        Action action = group.actions().get(j);
        if (!declared.contains(action.axis())) {
          context.report(
              group.pointer(j, DocumentKeys.AXIS),
              "action " + action.id() + " is on axis " + Quoting.quote(action.axis())
                  + ", which the roadmap does not declare (" + declaredText + ")",
              Map.of("id", action.id(), "axis", action.axis()));
        }
      }
    }
  }
}
