package io.github.ceproadmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The lookup tables behind {@link Roadmap}'s queries, built in one pass over the roadmap. Where
 * several values share a key, the first in document order wins the single-value maps.
 */
final class RoadmapIndex {
  /** A cell of the matrix: a pathway number and an axis id. */
  record Cell(int pathway, String axis) {}

  final List<Action> actionsInIdOrder;
  final Map<ActionId, Action> actionById;
  final Map<ActionId, Pathway> pathwayByActionId;
  final Map<Integer, Pathway> pathwayByNumber = new HashMap<>();
  final Map<String, List<Action>> actionsByAxis = new HashMap<>();
  final Map<Cell, List<Action>> actionsByCell = new HashMap<>();
  final Map<String, Organization> organizationById = new HashMap<>();
  final Map<ProjectId, Project> projectById;
  final Map<ActionId, List<Project>> projectsByAction;

  RoadmapIndex(Roadmap roadmap) {
    List<Action> all = new ArrayList<>(roadmap.crossCuttingActions());
    // Sized up front: growing maps of tens of thousands of entries rehashes them several times.
    int actions = roadmap.crossCuttingActions().size();
    for (Pathway pathway : roadmap.pathways()) {
      actions += pathway.actions().size();
    }
    actionById = sized(actions);
    pathwayByActionId = sized(actions);
    projectById = sized(roadmap.projects().size());
    projectsByAction = sized(actions);
    addToCells(0, roadmap.crossCuttingActions());
    for (Pathway pathway : roadmap.pathways()) {
      pathwayByNumber.putIfAbsent(pathway.number(), pathway);
      for (Action action : pathway.actions()) {
        pathwayByActionId.putIfAbsent(action.id(), pathway);
      }
      addToCells(pathway.number(), pathway.actions());
      all.addAll(pathway.actions());
    }
    // A stable sort: actions that share an id keep their document order.
    all.sort(Comparator.comparing(Action::id));
    actionsInIdOrder = Collections.unmodifiableList(all);
    for (Action action : all) {
      actionById.putIfAbsent(action.id(), action);
      actionsByAxis.computeIfAbsent(action.axis(), axis -> new ArrayList<>()).add(action);
    }
    freeze(actionsByAxis);
    actionsByCell.values().forEach(cell -> cell.sort(Comparator.comparing(Action::id)));
    freeze(actionsByCell);
    for (Organization organization : roadmap.organizations()) {
      organizationById.putIfAbsent(organization.id(), organization);
    }
    for (Project project : roadmap.projects()) {
      projectById.putIfAbsent(project.id(), project);
      for (ActionId action : distinct(project.actions())) {
        projectsByAction.computeIfAbsent(action, id -> new ArrayList<>(2)).add(project);
      }
    }
    freeze(projectsByAction);
  }

  /**
   * Returns {@code ids} without repeats, in order. Projects name a few actions, so a short list
   * is searched, which costs far less than a stream's distinct() per project; a long one is
   * hashed, so the index stays linear in the size of the roadmap.
   */
  private static List<ActionId> distinct(List<ActionId> ids) {
    if (ids.size() > 8) {
      return new ArrayList<>(new LinkedHashSet<>(ids));
    }
    for (int i = 1; i < ids.size(); i++) {
      if (ids.indexOf(ids.get(i)) != i) {
        return new ArrayList<>(new LinkedHashSet<>(ids));
      }
    }
    return ids;
  }

  /** Files actions under the cell of the pathway that holds them (0 for cross-cutting ones). */
  private void addToCells(int pathway, List<Action> actions) {
    for (Action action : actions) {
      actionsByCell.computeIfAbsent(new Cell(pathway, action.axis()), cell -> new ArrayList<>())
          .add(action);
    }
  }

  /** Returns a map that holds {@code expected} entries without growing. */
  private static <K, V> Map<K, V> sized(int expected) {
    return new HashMap<>(expected * 4 / 3 + 1);
  }

  private static <K, V> void freeze(Map<K, List<V>> map) {
    map.replaceAll((key, list) -> Collections.unmodifiableList(list));
  }
}
