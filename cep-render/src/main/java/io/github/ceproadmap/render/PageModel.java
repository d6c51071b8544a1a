package io.github.ceproadmap.render;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every part of the page needs to know before it draws: the element id of each drawn place
 * (unique, so every link resolves even when the roadmap repeats an id), where each finding is
 * marked, and the filter tokens of rows and pathways.
 */
final class PageModel {
  /** Ids the page's own elements use; no roadmap value may take one. */
  private static final Set<String> FIXED = Set.of("top", "dashboard", "dashboard-heading",
      "matrix", "cross-cutting", "projects", "projects-heading", "organizations",
      "organizations-heading", "findings", "findings-heading", "filters", "filter-state",
      "filter-pathway", "filter-axis", "filter-text", "filter-status", "legend");

  final Roadmap roadmap;
  final List<Finding> findings;
  final Optional<YearMonth> asOf;
  final List<Rows.Row> rows;
  private final Map<Place, String> ids = new HashMap<>();
  private final Set<String> used = new HashSet<>(FIXED);
  private final Map<ActionId, Place> firstAction = new HashMap<>();
  private final Map<String, Place> firstOrganization = new HashMap<>();
  private final Map<Place, List<Integer>> marks = new HashMap<>();
  private final Map<ActionId, List<Integer>> projectsServing = new HashMap<>();
  private final Map<String, List<Integer>> projectsLedBy = new HashMap<>();

  PageModel(Roadmap roadmap, List<Finding> findings, Optional<YearMonth> asOf) {
    this.roadmap = roadmap;
    this.findings = List.copyOf(findings);
    this.asOf = asOf;
    this.rows = Rows.of(roadmap);
    for (int r = 0; r < rows.size(); r++) {
      used.add(rowId(r));
    }
    List<ActionAxis> axes = roadmap.axes();
    for (int a = 0; a < axes.size(); a++) {
      ids.put(Place.axis(a), rowId(rowOf(axes.get(a).id())));
    }
    List<Pathway> pathways = roadmap.pathways();
    for (int p = 0; p < pathways.size(); p++) {
      assign(Place.pathway(p), "pathway-" + pathways.get(p).number());
      List<Action> actions = pathways.get(p).actions();
      for (int i = 0; i < actions.size(); i++) {
        assignAction(Place.action(p, i), actions.get(i));
      }
    }
    for (int i = 0; i < roadmap.crossCuttingActions().size(); i++) {
      assignAction(Place.crossCutting(i), roadmap.crossCuttingActions().get(i));
    }
    for (int i = 0; i < roadmap.projects().size(); i++) {
      Project project = roadmap.projects().get(i);
      assign(Place.project(i), "project-" + project.id());
      for (ActionId action : new LinkedHashSet<>(project.actions())) {
        projectsServing.computeIfAbsent(action, a -> new ArrayList<>()).add(i);
      }
      for (String lead : new LinkedHashSet<>(project.leads())) {
        projectsLedBy.computeIfAbsent(lead, l -> new ArrayList<>()).add(i);
      }
    }
    for (int i = 0; i < roadmap.organizations().size(); i++) {
      Organization organization = roadmap.organizations().get(i);
      assign(Place.organization(i), "org-" + organization.id());
      firstOrganization.putIfAbsent(organization.id(), Place.organization(i));
    }
    for (int f = 0; f < this.findings.size(); f++) {
      int finding = f;
      Place.of(this.findings.get(f).pointer()).filter(ids::containsKey)
          .ifPresent(place -> marks.computeIfAbsent(place, p -> new ArrayList<>()).add(finding));
    }
  }

  /** The element id of a drawn place, empty if the document has no such place. */
  Optional<String> id(Place place) {
    return Optional.ofNullable(ids.get(place));
  }

  /** The element id of the first action with id {@code action}, if the roadmap holds one. */
  Optional<String> actionId(ActionId action) {
    return Optional.ofNullable(firstAction.get(action)).map(ids::get);
  }

  /** Positions in the roadmap's projects of those that serve action {@code action}. */
  List<Integer> projectsServing(ActionId action) {
    return projectsServing.getOrDefault(action, List.of());
  }

  /** Positions in the roadmap's projects of those that organisation {@code id} leads. */
  List<Integer> projectsLedBy(String id) {
    return projectsLedBy.getOrDefault(id, List.of());
  }

  /** The action drawn at {@code place}, which must be an action place. */
  Action action(Place place) {
    return place.pathway() < 0
        ? roadmap.crossCuttingActions().get(place.index())
        : roadmap.pathways().get(place.pathway()).actions().get(place.index());
  }

  /** The first organisation with id {@code id} and its element id, if one is declared. */
  Optional<Map.Entry<Organization, String>> organization(String id) {
    return Optional.ofNullable(firstOrganization.get(id))
        .map(place -> Map.entry(roadmap.organizations().get(place.index()), ids.get(place)));
  }

  /** Positions in {@link #findings} of the findings marked on {@code place}. */
  List<Integer> marks(Place place) {
    return marks.getOrDefault(place, List.of());
  }

  /** The element id of finding number {@code index} in the findings list. */
  static String findingId(int index) {
    return "finding-" + (index + 1);
  }

  static String rowId(int row) {
    return "row-" + (row + 1);
  }

  /** The filter token of the row an action on axis {@code axisId} is drawn in. */
  String axisToken(String axisId) {
    return "axis-" + (rowOf(axisId) + 1);
  }

  /** The filter tokens of the pathways a project's actions lie in. */
  String pathwayTokens(Project project) {
    return project.actions().stream().map(action -> action.isCrossCutting()
            ? allPathwayTokens() : Integer.toString(action.pathway()))
        .distinct().collect(Collectors.joining(" "));
  }

  /** A cross-cutting action spans every pathway: it stays in view whichever one is chosen. */
  String allPathwayTokens() {
    return roadmap.pathways().stream().map(p -> Integer.toString(p.number())).distinct()
        .collect(Collectors.joining(" ", "0 ", ""));
  }

  /** The filter tokens of the rows a project's actions are drawn in. */
  String axisTokens(Project project) {
    return project.actions().stream().map(roadmap::action).flatMap(Optional::stream)
        .map(action -> axisToken(action.axis())).distinct().collect(Collectors.joining(" "));
  }

  private int rowOf(String axisId) {
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).holds(axisId)) {
        return r;
      }
    }
    return rows.size() - 1;
  }

  private void assignAction(Place place, Action action) {
    assign(place, "action-" + action.id());
    firstAction.putIfAbsent(action.id(), place);
  }

  /** Gives {@code place} an element id made of {@code base}, unique on the page. */
  private void assign(Place place, String base) {
    StringBuilder clean = new StringBuilder(base.length());
    base.codePoints().forEach(c -> clean.appendCodePoint(
        Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' ? c : '-'));
    String id = clean.toString();
    for (int n = 2; !used.add(id); n++) {
      id = clean + "~" + n;
    }
    ids.put(place, id);
  }
}
