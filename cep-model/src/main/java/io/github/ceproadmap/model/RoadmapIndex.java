package io.github.ceproadmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
  final Map<ActionId, Action> actionById = new HashMap<>();
  final Map<ActionId, Pathway> pathwayByActionId = new HashMap<>();
  final Map<Integer, Pathway> pathwayByNumber = new HashMap<>();
  final Map<String, List<Action>> actionsByAxis = new HashMap<>();
  final Map<Cell, List<Action>> actionsByCell = new HashMap<>();
  final Map<String, Organization> organizationById = new HashMap<>();
  final Map<ProjectId, Project> projectById = new HashMap<>();
  final Map<ActionId, List<Project>> projectsByAction = new HashMap<>();

  RoadmapIndex(Roadmap roadmap) {
    List<Action> all = new ArrayList<>(roadmap.crossCuttingActions());
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
      for (ActionId action : project.actions().stream().distinct().toList()) {
        projectsByAction.computeIfAbsent(action, id -> new ArrayList<>()).add(project);
      }
    }
    freeze(projectsByAction);
  }

  /** Files actions under the cell of the pathway that holds them (0 for cross-cutting ones). */
  private void addToCells(int pathway, List<Action> actions) {
    for (Action action : actions) {
      actionsByCell.computeIfAbsent(new Cell(pathway, action.axis()), cell -> new ArrayList<>())
          .add(action);
    }
  }

  private static <K, V> void freeze(Map<K, List<V>> map) {
    map.replaceAll((key, list) -> Collections.unmodifiableList(list));
  }
}
