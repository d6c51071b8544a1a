package io.github.ceproadmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The lookup tables behind {@link Roadmap}'s queries. Where several values share a key, the
 * first in document order (cross-cutting actions before pathways' ones) wins the single-value
 * maps.
 *
 * <p>Built in three parts, each on the first query that needs it: validation asks only for
 * actions and organisations by id, and building the matrix and project tables as well cost it
 * more than half of the index's time on a large roadmap. Each part is an immutable record
 * published through a plain field: a racing thread may build a part again, never see half of
 * one (the record's fields are final).
 */
final class RoadmapIndex {
  /** A cell of the matrix: a pathway number and an axis id. */
  record Cell(int pathway, String axis) {}

  /** Actions and organisations by id. */
  private record Lookups(
      Map<ActionId, Action> actionById, Map<String, Organization> organizationById) {}

  /** The matrix: actions in id order, by axis and by cell; pathways by number and action id. */
  private record Matrix(
      List<Action> actionsInIdOrder,
      Map<ActionId, Pathway> pathwayByActionId,
      Map<Integer, Pathway> pathwayByNumber,
      Map<String, List<Action>> actionsByAxis,
      Map<Cell, List<Action>> actionsByCell) {}

  /** Projects by id and by the actions they serve. */
  private record Projects(
      Map<ProjectId, Project> projectById, Map<ActionId, List<Project>> projectsByAction) {}

  private final Roadmap roadmap;
  private @Nullable Lookups lookups;
  private @Nullable Matrix matrix;
  private @Nullable Projects projects;

  RoadmapIndex(Roadmap roadmap) {
    this.roadmap = roadmap;
  }

  Map<ActionId, Action> actionById() {
    return lookups().actionById();
  }

  Map<String, Organization> organizationById() {
    return lookups().organizationById();
  }

  List<Action> actionsInIdOrder() {
    return matrix().actionsInIdOrder();
  }

  Map<ActionId, Pathway> pathwayByActionId() {
    return matrix().pathwayByActionId();
  }

  Map<Integer, Pathway> pathwayByNumber() {
    return matrix().pathwayByNumber();
  }

  Map<String, List<Action>> actionsByAxis() {
    return matrix().actionsByAxis();
  }

  Map<Cell, List<Action>> actionsByCell() {
    return matrix().actionsByCell();
  }

  Map<ProjectId, Project> projectById() {
    return projects().projectById();
  }

  Map<ActionId, List<Project>> projectsByAction() {
    return projects().projectsByAction();
  }

  private Lookups lookups() {
    Lookups built = lookups;
    if (built == null) {
      // Sized up front: growing maps of tens of thousands of entries rehashes them several times.
      Map<ActionId, Action> actionById = sized(actionCount());
      roadmap.crossCuttingActions().forEach(action -> actionById.putIfAbsent(action.id(), action));
      for (Pathway pathway : roadmap.pathways()) {
        pathway.actions().forEach(action -> actionById.putIfAbsent(action.id(), action));
      }
      Map<String, Organization> organizationById = sized(roadmap.organizations().size());
      for (Organization organization : roadmap.organizations()) {
        organizationById.putIfAbsent(organization.id(), organization);
      }
      built = new Lookups(actionById, organizationById);
      lookups = built;
    }
    return built;
  }

  private Matrix matrix() {
    Matrix built = matrix;
    if (built == null) {
      List<Action> all = new ArrayList<>(roadmap.crossCuttingActions());
      Map<ActionId, Pathway> pathwayByActionId = sized(actionCount());
      Map<Integer, Pathway> pathwayByNumber = new HashMap<>();
      Map<Cell, List<Action>> actionsByCell = new HashMap<>();
      addToCells(actionsByCell, 0, roadmap.crossCuttingActions());
      for (Pathway pathway : roadmap.pathways()) {
        pathwayByNumber.putIfAbsent(pathway.number(), pathway);
        for (Action action : pathway.actions()) {
          pathwayByActionId.putIfAbsent(action.id(), pathway);
        }
        addToCells(actionsByCell, pathway.number(), pathway.actions());
        all.addAll(pathway.actions());
      }
      // A stable sort: actions that share an id keep their document order.
      all.sort(Comparator.comparing(Action::id));
      Map<String, List<Action>> actionsByAxis = new HashMap<>();
      for (Action action : all) {
        actionsByAxis.computeIfAbsent(action.axis(), axis -> new ArrayList<>()).add(action);
      }
      freeze(actionsByAxis);
      actionsByCell.values().forEach(cell -> cell.sort(Comparator.comparing(Action::id)));
      freeze(actionsByCell);
      built = new Matrix(Collections.unmodifiableList(all), pathwayByActionId, pathwayByNumber,
          actionsByAxis, actionsByCell);
      matrix = built;
    }
    return built;
  }

  private Projects projects() {
    Projects built = projects;
    if (built == null) {
      Map<ProjectId, Project> projectById = sized(roadmap.projects().size());
      Map<ActionId, List<Project>> projectsByAction = sized(actionCount());
      for (Project project : roadmap.projects()) {
        projectById.putIfAbsent(project.id(), project);
        for (ActionId action : distinct(project.actions())) {
          projectsByAction.computeIfAbsent(action, id -> new ArrayList<>(2)).add(project);
        }
      }
      freeze(projectsByAction);
      built = new Projects(projectById, projectsByAction);
      projects = built;
    }
    return built;
  }

  private int actionCount() {
    int actions = roadmap.crossCuttingActions().size();
    for (Pathway pathway : roadmap.pathways()) {
      actions += pathway.actions().size();
    }
    return actions;
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
  private static void addToCells(
      Map<Cell, List<Action>> actionsByCell, int pathway, List<Action> actions) {
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
