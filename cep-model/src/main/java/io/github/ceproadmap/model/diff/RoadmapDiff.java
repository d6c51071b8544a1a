package io.github.ceproadmap.model.diff;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
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
 * paired by number, axes, organisations and projects by id: the n-th with a key in the old
 * roadmap with the n-th with that key in the new one, the rest removed or added. A changed
 * organisation or project, and the roadmap's own fields (id, title, edition, launch day, status
 * quarter), give one change per changed field, with its old and new value.
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
   * Lists the changes from {@code before} to {@code after}: the roadmap's own fields, then axes,
   * then pathways, then actions in id order, then organisations, then projects.
   *
   * @param before the old roadmap
   * @param after the new roadmap
   * @return the changes; empty if the roadmaps hold the same content
   */
  public static List<Change> between(Roadmap before, Roadmap after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    List<Change> changes = new ArrayList<>();
    if (!Fields.of(before).equals(Fields.of(after))
        || !before.extensions().equals(after.extensions())) {
      fieldChanges(before.id(), "roadmap", before, after, Fields::of, ChangeKind.ROADMAP_CHANGED,
          changes);
    }
    byKey(before.axes(), after.axes(), ActionAxis::id, "axis", ActionAxis::title,
        ChangeKind.AXIS_ADDED, ChangeKind.AXIS_REMOVED, ChangeKind.AXIS_RETITLED, changes);
    byKey(before.pathways(), after.pathways(), p -> String.valueOf(p.number()), "pathway",
        p -> p.title(), ChangeKind.PATHWAY_ADDED, ChangeKind.PATHWAY_REMOVED,
        ChangeKind.PATHWAY_RETITLED, changes);
    actions(before.allActions(), after.allActions(), changes);
    byKey(before.organizations(), after.organizations(), o -> o.id(), "organization",
        null, Fields::of, ChangeKind.ORGANIZATION_ADDED, ChangeKind.ORGANIZATION_REMOVED,
        ChangeKind.ORGANIZATION_CHANGED, changes);
    byKey(before.projects(), after.projects(), p -> p.id().toString(), "project",
        null, Fields::of, ChangeKind.PROJECT_ADDED, ChangeKind.PROJECT_REMOVED,
        ChangeKind.PROJECT_CHANGED, changes);
    return List.copyOf(changes);
  }

  /**
   * Pairs values by key, the n-th of a key in {@code before} with the n-th in {@code after}, and
   * reports the rest as removed or added. With a {@code title} function only a changed title
   * counts as a change (a pathway's actions are compared on their own); with {@code fields},
   * each changed field is one change with its old and new value, and a difference elsewhere
   * (extensions) one change without values.
   */
  private static <T> void byKey(
      List<T> before, List<T> after, Function<T, String> key, String noun,
      @Nullable Function<T, String> title, ChangeKind added, ChangeKind removed,
      ChangeKind changed, List<Change> changes) {
    byKey(before, after, key, noun, title, null, added, removed, changed, changes);
  }

  private static <T> void byKey(
      List<T> before, List<T> after, Function<T, String> key, String noun,
      @Nullable Function<T, String> title, @Nullable Function<T, Map<String, String>> fields,
      ChangeKind added, ChangeKind removed, ChangeKind changed, List<Change> changes) {
    Map<String, List<T>> old = byKey(before, key);
    Map<String, List<T>> now = byKey(after, key);
    old.forEach((id, values) -> {
      List<T> next = now.getOrDefault(id, List.of());
      for (int i = 0; i < values.size(); i++) {
        T value = values.get(i);
        if (i >= next.size()) {
          changes.add(new Change(removed, id, Optional.empty(), Optional.empty(),
              noun + " " + id + " removed"));
        } else if (title != null) {
          String was = title.apply(value);
          String is = title.apply(next.get(i));
          if (!was.equals(is)) {
            changes.add(new Change(changed, id, Optional.of(was), Optional.of(is),
                noun + " " + id + " retitled from \"" + was + "\" to \"" + is + "\""));
          }
        } else if (!value.equals(next.get(i))) {
          fieldChanges(id, noun, value, next.get(i), fields, changed, changes);
        }
      }
    });
    now.forEach((id, values) -> {
      for (int i = old.getOrDefault(id, List.of()).size(); i < values.size(); i++) {
        changes.add(new Change(added, id, Optional.empty(), Optional.empty(),
            noun + " " + id + " added"));
      }
    });
  }

  private static <T> void fieldChanges(String id, String noun, T was, T is,
      @Nullable Function<T, Map<String, String>> fields, ChangeKind changed,
      List<Change> changes) {
    int found = 0;
    if (fields != null) {
      Map<String, String> now = fields.apply(is);
      for (Map.Entry<String, String> field : fields.apply(was).entrySet()) {
        String before = field.getValue();
        String after = now.getOrDefault(field.getKey(), "");
        if (!before.equals(after)) {
          found++;
          changes.add(new Change(changed, id, Optional.of(before), Optional.of(after),
              noun + " " + id + " " + field.getKey() + " changed from " + Quoting.quote(before)
                  + " to " + Quoting.quote(after)));
        }
      }
    }
    if (found == 0) {
      changes.add(new Change(changed, id, Optional.empty(), Optional.empty(),
          noun + " " + id + " changed"));
    }
  }

  private static <T> Map<String, List<T>> byKey(List<T> values, Function<T, String> key) {
    Map<String, List<T>> map = new LinkedHashMap<>();
    values.forEach(value -> map.computeIfAbsent(key.apply(value), k -> new ArrayList<>()).add(value));
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
