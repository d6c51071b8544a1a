package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import io.github.ceproadmap.model.internal.Slugs;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A roadmap edition: the root of the model. It holds the action axes (rows), the pathways
 * (columns) with their actions, the cross-cutting actions, the organisations and the projects.
 *
 * <p>A roadmap is held exactly as given, consistent or not; {@link
 * io.github.ceproadmap.model.validation.Validator} reports what is wrong with it. The query
 * methods ({@link #action(ActionId)}, {@link #projectsServing(ActionId)}, ...) use indexes built
 * once per value, on first use, so each query costs a hash lookup.
 *
 * <pre>{@code
 * Roadmap roadmap = Roadmap.builder()
 *     .id("circular-electronics-roadmap")
 *     .title("Circular Electronics Roadmap")
 *     .edition("2.0")
 *     .addAllAxes(ActionAxis.EDITION_2_0)
 *     .addPathways(pathway1, pathway2)
 *     .build();
 * roadmap.action(ActionId.parse("2.5")).map(Action::title);
 * }</pre>
 */
@Value.Immutable
public abstract class Roadmap {
  Roadmap() {}

  /**
   * Returns the roadmap's id.
   *
   * @return a kebab-case id, such as {@code "circular-electronics-roadmap"}
   */
  public abstract String id();

  /**
   * Returns the roadmap's title.
   *
   * @return the title, such as "Circular Electronics Roadmap"
   */
  public abstract String title();

  /**
   * Returns the edition.
   *
   * @return the edition, such as {@code "2.0"}
   */
  public abstract String edition();

  /**
   * Returns the day the partnership launched the roadmap, if known.
   *
   * @return the launch date, such as 2021-03-18, in a year of {@link FormatDates}; or empty
   */
  public abstract Optional<LocalDate> launched();

  /**
   * Returns the quarter whose state the roadmap's projects show, as a quarterly dashboard
   * does ("CEP project dashboard Q1 2024"), if known.
   *
   * @return the status quarter, such as {@code 2024-Q1}, or empty
   */
  public abstract Optional<Quarter> statusQuarter();

  /**
   * Returns the action axes (rows) in axis order.
   *
   * @return the axes, possibly empty
   */
  public abstract List<ActionAxis> axes();

  /**
   * Returns the pathways (columns) in document order, which is usually number order.
   *
   * @return the pathways, possibly empty
   */
  public abstract List<Pathway> pathways();

  /**
   * Returns the actions that belong to no single pathway (ids {@code 0.S}), in document order.
   *
   * @return the cross-cutting actions, possibly empty
   */
  public abstract List<Action> crossCuttingActions();

  /**
   * Returns the organisations in document order.
   *
   * @return the organisations, possibly empty
   */
  public abstract List<Organization> organizations();

  /**
   * Returns the projects in document order.
   *
   * @return the projects, possibly empty
   */
  public abstract List<Project> projects();

  /**
   * Returns the document members this library does not know, kept by a lenient read, and the
   * document's {@code $schema}, which every read keeps.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  @Value.Lazy
  RoadmapIndex index() {
    return new RoadmapIndex(this);
  }

  /**
   * Returns every action of the roadmap, cross-cutting ones included, in id order; actions that
   * share an id keep their document order.
   *
   * @return all actions, possibly empty
   */
  public List<Action> allActions() {
    return index().actionsInIdOrder();
  }

  /**
   * Returns the action with id {@code id}, the first in document order if several share it.
   *
   * @param id the action id
   * @return the action, or empty if the roadmap holds none with that id
   */
  public Optional<Action> action(ActionId id) {
    return Optional.ofNullable(index().actionById().get(id));
  }

  /**
   * Returns the pathway that holds the action with id {@code id}.
   *
   * @param id the action id
   * @return the pathway holding the first action with that id, or empty if no pathway holds one
   *     (a cross-cutting or unknown action)
   */
  public Optional<Pathway> pathwayOf(ActionId id) {
    return Optional.ofNullable(index().pathwayByActionId().get(id));
  }

  /**
   * Returns the pathway numbered {@code number}, the first in document order if several share it.
   *
   * @param number the pathway number
   * @return the pathway, or empty
   */
  public Optional<Pathway> pathway(int number) {
    return Optional.ofNullable(index().pathwayByNumber().get(number));
  }

  /**
   * Returns the actions on axis {@code axisId}, cross-cutting ones included, in id order.
   *
   * @param axisId the axis id, such as {@code "company"}
   * @return the actions on that axis, possibly empty
   */
  public List<Action> actionsOnAxis(String axisId) {
    return index().actionsByAxis().getOrDefault(axisId, List.of());
  }

  /**
   * Returns the actions that pathway {@code pathwayNumber} holds on axis {@code axisId}, in id
   * order: the content of one cell of the matrix.
   *
   * @param pathwayNumber the pathway number ({@code 0} for the cross-cutting actions)
   * @param axisId the axis id
   * @return the actions in that cell, possibly empty
   */
  public List<Action> actions(int pathwayNumber, String axisId) {
    return index().actionsByCell().getOrDefault(new RoadmapIndex.Cell(pathwayNumber, axisId), List.of());
  }

  /**
   * Returns the organisation with id {@code id}, the first in document order if several share it.
   *
   * @param id the organisation id
   * @return the organisation, or empty
   */
  public Optional<Organization> organization(String id) {
    return Optional.ofNullable(index().organizationById().get(id));
  }

  /**
   * Returns the project with id {@code id}, the first in document order if several share it.
   *
   * @param id the project id
   * @return the project, or empty
   */
  public Optional<Project> project(ProjectId id) {
    return Optional.ofNullable(index().projectById().get(id));
  }

  /**
   * Returns the projects that name action {@code id} among their actions, in document order.
   *
   * @param id the action id
   * @return the projects serving that action, possibly empty
   */
  public List<Project> projectsServing(ActionId id) {
    return index().projectsByAction().getOrDefault(id, List.of());
  }

  /**
   * Returns a builder for a new roadmap.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this roadmap.
   *
   * @return a builder holding this roadmap's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Slugs.require(id(), "a roadmap id");
    launched().ifPresent(FormatDates::checkDate);
    JsonText.checkExtensions(extensions(), DocumentShape.ROADMAP);
  }

  /**
   * Builds a {@link Roadmap}; {@code id}, {@code title} and {@code edition} are required, and
   * {@code build()} throws {@link IllegalArgumentException} for a launch date outside the years
   * of {@link FormatDates}.
   */
  public static final class Builder extends ImmutableRoadmap.Builder {
    Builder() {}
  }
}
