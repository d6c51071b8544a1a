package io.github.ceproadmap.model.diff;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Computes what changed from one roadmap to another.
 *
 * <p>Actions are paired in three passes, each on what the earlier passes left unpaired: first
 * the same id and title (unchanged, or moved if the axis differs), then the same title (trimmed,
 * ignoring case) under another id (renumbered), then the same id under another title
 * (retitled). What is left is removed from the old roadmap or added in the new one. Pathways are
 * paired by number, axes, organisations and projects by id.
 *
 * <pre>{@code
 * for (Change change : RoadmapDiff.between(tableA, tableB)) {
 *   System.out.println(change.description());
 * }
 * // action 2.5 renumbered to 2.4 ("Commit to meeting the demand ...")
 * // action 3.7 removed ("Enable repair providers ...")
 * }</pre>
 *
 * <p>Time is linear in the size of both roadmaps.
 */
public final class RoadmapDiff {
  private RoadmapDiff() {}

  /**
   * Lists the changes from {@code before} to {@code after}: axes, then pathways, then actions in
   * id order, then organisations, then projects.
   *
   * @param before the old roadmap
   * @param after the new roadmap
   * @return the changes; empty if the roadmaps hold the same content
   */
  public static List<Change> between(Roadmap before, Roadmap after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> changes = new ArrayList<>();
    byKey(before.axes(), after.axes(), ActionAxis::id, "axis", ActionAxis::title,
        ChangeKind.AXIS_ADDED, ChangeKind.AXIS_REMOVED, ChangeKind.AXIS_RETITLED, changes);
    byKey(before.pathways(), after.pathways(), p -> String.valueOf(p.number()), "pathway",
        p -> p.title(), ChangeKind.PATHWAY_ADDED, ChangeKind.PATHWAY_REMOVED,
        ChangeKind.PATHWAY_RETITLED, changes);
    actions(before.allActions(), after.allActions(), changes);
    byKey(before.organizations(), after.organizations(), o -> o.id(), "organization",
        null, ChangeKind.ORGANIZATION_ADDED, ChangeKind.ORGANIZATION_REMOVED,
        ChangeKind.ORGANIZATION_CHANGED, changes);
    byKey(before.projects(), after.projects(), p -> p.id().toString(), "project",
        null, ChangeKind.PROJECT_ADDED, ChangeKind.PROJECT_REMOVED,
        ChangeKind.PROJECT_CHANGED, changes);
    return List.copyOf(changes);
  }

  /**
   * Pairs values by key (first occurrence of a key wins) and reports added, removed and changed
   * ones. With a {@code title} function only a changed title counts as a change (a pathway's
   * actions are compared on their own); without one, any difference does.
   */
  private static <T> void byKey(
      List<T> before, List<T> after, Function<T, String> key, String noun,
      @Nullable Function<T, String> title, ChangeKind added, ChangeKind removed,
      ChangeKind changed, List<Change> changes) {
    Map<String, T> old = firstByKey(before, key);
    Map<String, T> now = firstByKey(after, key);
    old.forEach((id, value) -> {
      T next = now.get(id);
      if (next == null) {
        changes.add(new Change(removed, id, Optional.empty(), Optional.empty(),
            noun + " " + id + " removed"));
      } else if (title == null && !value.equals(next)) {
        changes.add(new Change(changed, id, Optional.empty(), Optional.empty(),
            noun + " " + id + " changed"));
      } else if (title != null && !title.apply(value).equals(title.apply(next))) {
        String was = title.apply(value);
        String is = title.apply(next);
        changes.add(new Change(changed, id, Optional.of(was), Optional.of(is),
            noun + " " + id + " retitled from \"" + was + "\" to \"" + is + "\""));
      }
    });
    now.forEach((id, value) -> {
      if (!old.containsKey(id)) {
        changes.add(new Change(added, id, Optional.empty(), Optional.empty(),
            noun + " " + id + " added"));
      }
    });
  }

  private static <T> Map<String, T> firstByKey(List<T> values, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(value -> map.putIfAbsent(key.apply(value), value));
    return map;
  }

  private static void actions(List<Action> before, List<Action> after, List<Change> changes) {
    List<Action> oldLeft = new ArrayList<>(before);
    List<Action> newLeft = new ArrayList<>(after);
    List<Change> found = new ArrayList<>();
    pair(oldLeft, newLeft, a -> a.id() + "\n" + a.title(), (was, is) -> moved(was, is, found));
    pair(oldLeft, newLeft, a -> normalized(a.title()), (was, is) -> {
      if (was.id().equals(is.id())) {
        retitled(was, is, found);
        return;
      }
      found.add(new Change(ChangeKind.ACTION_RENUMBERED, was.id().toString(),
          Optional.of(was.id().toString()), Optional.of(is.id().toString()),
          "action " + was.id() + " renumbered to " + is.id() + " (\"" + is.title() + "\")"));
      moved(was, is, found);
    });
    pair(oldLeft, newLeft, a -> a.id().toString(), (was, is) -> retitled(was, is, found));
    oldLeft.forEach(was -> found.add(new Change(ChangeKind.ACTION_REMOVED, was.id().toString(),
        Optional.empty(), Optional.empty(),
        "action " + was.id() + " removed (\"" + was.title() + "\")")));
    newLeft.forEach(is -> found.add(new Change(ChangeKind.ACTION_ADDED, is.id().toString(),
        Optional.empty(), Optional.empty(),
        "action " + is.id() + " added (\"" + is.title() + "\")")));
    // Report actions in id order, as the matrix reads; the sort is stable within an id.
    found.sort(java.util.Comparator.comparing(change -> ActionId.parse(change.subject())));
    changes.addAll(found);
  }

  private static void retitled(Action was, Action is, List<Change> found) {
    found.add(new Change(ChangeKind.ACTION_RETITLED, was.id().toString(),
        Optional.of(was.title()), Optional.of(is.title()),
        "action " + was.id() + " retitled from \"" + was.title() + "\" to \"" + is.title()
            + "\""));
    moved(was, is, found);
  }

  private static void moved(Action was, Action is, List<Change> found) {
    if (!was.axis().equals(is.axis())) {
      found.add(new Change(ChangeKind.ACTION_MOVED, was.id().toString(),
          Optional.of(was.axis()), Optional.of(is.axis()),
          "action " + is.id() + " moved from axis " + was.axis() + " to " + is.axis()));
    }
  }

  /**
   * Pairs the actions left in {@code oldLeft} and {@code newLeft} that share a key, in document
   * order, removes the pairs from both lists and hands each pair to {@code paired}.
   */
  private static void pair(
      List<Action> oldLeft, List<Action> newLeft, Function<Action, String> key,
      java.util.function.BiConsumer<Action, Action> paired) {
    Map<String, Deque<Action>> waiting = new HashMap<>();
    for (Action is : newLeft) {
      waiting.computeIfAbsent(key.apply(is), k -> new ArrayDeque<>()).add(is);
    }
    java.util.Set<Action> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Action> oldUnpaired = new ArrayList<>();
    for (Action was : oldLeft) {
      Deque<Action> candidates = waiting.get(key.apply(was));
      if (candidates == null || candidates.isEmpty()) {
        oldUnpaired.add(was);
      } else {
        Action is = candidates.poll();
        taken.add(is);
        paired.accept(was, is);
      }
    }
    oldLeft.clear();
    oldLeft.addAll(oldUnpaired);
    newLeft.removeIf(taken::contains);
  }

  private static String normalized(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }
}
