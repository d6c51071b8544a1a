package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The duplicate-* rules of ids and numbers, one class used five times: each later item of a list
 * that repeats an earlier item's key is reported at its key, related to the first item's.
 *
 * @param <T> the items of the lists checked
 * @param <K> their key
 */
final class DuplicateKeyRule<T, K> implements Rule {
  /** One list whose items must have distinct keys, and how to point into it. */
  private record Scope<T>(List<T> items, Function<Integer, DocumentPointer> itemAt, String where) {
    static <T> Scope<T> of(List<T> items, String collection) {
      return new Scope<>(items, index -> DocumentPointer.of(collection, index), "");
    }
  }

  private final RuleDescription description;
  private final Function<Roadmap, List<Scope<T>>> scopes;
  private final Function<? super T, ? extends K> keyOf;
  private final String keyName;
  private final String noun;
  private final Function<? super K, String> shown;

  private DuplicateKeyRule(RuleDescription description, Function<Roadmap, List<Scope<T>>> scopes,
      Function<? super T, ? extends K> keyOf, String keyName, String noun,
      Function<? super K, String> shown) {
    this.description = description;
    this.scopes = scopes;
    this.keyOf = keyOf;
    this.keyName = keyName;
    this.noun = noun;
    this.shown = shown;
  }

  /** {@code duplicate-action-id}: within a pathway, or among the cross-cutting actions. */
  static Rule actionId() {
    return new DuplicateKeyRule<Action, Object>(
        description(StandardRules.DUPLICATE_ACTION_ID, "Duplicate action id",
            "two actions in one pathway (or among cross-cutting actions) share an id",
            "Give each action of a pathway its own sequence number; if the two entries are one "
                + "action, delete the second.",
            "pathway 4 holds \"4.3\" twice: renumber the second to the next free number, \"4.4\"",
            DocumentKeys.ID, "the repeated action id"),
        roadmap -> ActionGroup.of(roadmap).stream()
            .map(group -> new Scope<>(group.actions(), group.pointer()::index,
                " " + group.where()))
            .toList(),
        Action::id, DocumentKeys.ID, "action id", String::valueOf);
  }

  /** {@code duplicate-pathway-number}. */
  static Rule pathwayNumber() {
    return new DuplicateKeyRule<Pathway, Integer>(
        description(StandardRules.DUPLICATE_PATHWAY_NUMBER, "Duplicate pathway number",
            "two pathways share a number",
            "Give each pathway its own number; renumber its actions with it.",
            "two pathways numbered 4: number the later one 6 and its actions 6.1, 6.2, ...",
            DocumentKeys.NUMBER, "the repeated pathway number"),
        roadmap -> List.of(Scope.of(roadmap.pathways(), DocumentKeys.PATHWAYS)),
        Pathway::number, DocumentKeys.NUMBER, "pathway number", String::valueOf);
  }

  /** {@code duplicate-axis-id}. */
  static Rule axisId() {
    return new DuplicateKeyRule<ActionAxis, String>(
        description(StandardRules.DUPLICATE_AXIS_ID, "Duplicate axis id",
            "two axes share an id",
            "Declare each axis once; merge the two declarations or give the second its own id.",
            "\"company\" declared twice: delete the second declaration",
            DocumentKeys.ID, "the repeated axis id"),
        roadmap -> List.of(Scope.of(roadmap.axes(), DocumentKeys.AXES)),
        ActionAxis::id, DocumentKeys.ID, "axis id", Quoting::quote);
  }

  /** {@code duplicate-organization-id}. */
  static Rule organizationId() {
    return new DuplicateKeyRule<Organization, String>(
        description(StandardRules.DUPLICATE_ORGANIZATION_ID, "Duplicate organisation id",
            "two organisations share an id",
            "Declare each organisation once; merge the two entries or give the second its own id.",
            "\"dell\" declared twice: delete the second entry, keeping its roles in the first",
            DocumentKeys.ID, "the repeated organisation id"),
        roadmap -> List.of(Scope.of(roadmap.organizations(), DocumentKeys.ORGANIZATIONS)),
        Organization::id, DocumentKeys.ID, "organisation id", Quoting::quote);
  }

  /** {@code duplicate-project-id}. */
  static Rule projectId() {
    return new DuplicateKeyRule<Project, Object>(
        description(StandardRules.DUPLICATE_PROJECT_ID, "Duplicate project id",
            "two projects share an id",
            "Give each project its own id: an id is P and the id of the project's main action, "
                + "so merge the two entries, or name the second after another action it serves.",
            "two projects \"P2.1\", the second also serving 2.5: rename it \"P2.5\" and list "
                + "[\"2.5\", \"2.1\"]",
            DocumentKeys.ID, "the repeated project id"),
        roadmap -> List.of(Scope.of(roadmap.projects(), DocumentKeys.PROJECTS)),
        Project::id, DocumentKeys.ID, "project id", String::valueOf);
  }

  private static RuleDescription description(String id, String title, String summary,
      String guidance, String example, String keyName, String keyMeaning) {
    return new RuleDescription(id, Severity.ERROR, title, summary, guidance, example,
        List.of(Value.of(keyName, keyMeaning), Duplicates.timesValue(keyName)));
  }

  @Override
  public RuleDescription description() {
    return description;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    for (Scope<T> scope : scopes.apply(roadmap)) {
      Duplicates.forEachLater(
          scope.items(),
          keyOf,
          (key, index, first, occurrence) ->
              context.report(
                  scope.itemAt().apply(index).key(keyName),
                  noun + " " + shown.apply(key) + " is used " + Duplicates.times(occurrence)
                      + scope.where(),
                  scope.itemAt().apply(first).key(keyName),
                  Map.of(keyName, key, "times", occurrence)));
    }
  }
}
