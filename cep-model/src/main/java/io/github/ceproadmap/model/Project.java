package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A project that activates one or more actions of the roadmap, such as {@code P2.1 Develop
 * guidance for circular electronics procurement}.
 *
 * <pre>{@code
 * Project project = Project.builder()
 *     .id(ProjectId.parse("P2.1"))
 *     .title("Develop guidance for circular electronics procurement")
 *     .kind(ProjectKind.CEP_ACTIVITY)
 *     .status(ProjectStatus.COMPLETED)
 *     .addLeads("ITU", "GEC")
 *     .addActions(ActionId.parse("2.1"), ActionId.parse("2.5"))
 *     .start(YearMonth.of(2022, 5))
 *     .durationMonths(13)
 *     .build();
 * project.lastMonth(); // Optional[2023-05]
 * }</pre>
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /**
   * Returns the project's id, which reuses the id of its main action.
   *
   * @return the id, such as {@code P2.1}
   */
  public abstract ProjectId id();

  /**
   * Returns the project's title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns who runs the project.
   *
   * @return the kind
   */
  public abstract ProjectKind kind();

  /**
   * Returns where the project stands.
   *
   * @return the status
   */
  public abstract ProjectStatus status();

  /**
   * Returns the ids of the organisations that (co-)lead the project, in document order.
   *
   * @return organisation ids, possibly empty
   */
  public abstract List<String> leads();

  /**
   * Returns the ids of the actions the project serves; the first is its main action.
   *
   * @return action ids, possibly empty
   */
  public abstract List<ActionId> actions();

  /**
   * Returns the month the project starts, if known.
   *
   * @return the start month, in a year of {@link FormatDates}; or empty
   */
  public abstract Optional<YearMonth> start();

  /**
   * Returns the project's duration in months, if known.
   *
   * @return the duration, at least 1, or empty
   */
  public abstract OptionalInt durationMonths();

  /**
   * Returns the project's contact persons.
   *
   * @return the contacts, possibly empty
   */
  public abstract List<Contact> contacts();

  /**
   * Returns the project's description, if any.
   *
   * @return the description, never blank; or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the project's activities.
   *
   * @return the activities, none blank; possibly empty
   */
  public abstract List<String> activities();

  /**
   * Returns the project's outputs, as a project card's "Output" column lists them.
   *
   * @return the outputs, none blank; possibly empty
   */
  public abstract List<String> outputs();

  /**
   * Returns the project's outcomes, as a project card's "Outcome" column lists them.
   *
   * @return the outcomes, none blank; possibly empty
   */
  public abstract List<String> outcomes();

  /**
   * Returns the project's deliverables, as a project card lists them under "Project
   * deliverables (output)".
   *
   * @return the deliverables, none blank; possibly empty
   */
  public abstract List<String> deliverables();

  /**
   * Returns how the project disseminated its results, as a project card lists them under
   * "Dissemination (outcome)", such as "Multiple launch and introduction events".
   *
   * @return the dissemination items, none blank; possibly empty
   */
  public abstract List<String> dissemination();

  /**
   * Returns the document members this library does not know, kept by a lenient read.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns the project's main action: the first of {@link #actions()}.
   *
   * @return the main action's id, or empty if the project names no action
   */
  public final Optional<ActionId> mainAction() {
    return actions().isEmpty() ? Optional.empty() : Optional.of(actions().get(0));
  }

  /**
   * Returns the last month the project runs in: a project that starts in 2022-05 and lasts 13
   * months runs through 2023-05 inclusive.
   *
   * @return the last month, or empty unless both start and duration are known
   */
  public final Optional<YearMonth> lastMonth() {
    OptionalInt duration = durationMonths();
    return duration.isPresent()
        ? start().map(month -> month.plusMonths(duration.getAsInt() - 1L))
        : Optional.empty();
  }

  /**
   * Returns a builder for a new project.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this project.
   *
   * @return a builder holding this project's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Checks what makes a project meaningless and gives its canonical form: a description that is
   * empty or only white space is absent, and such items of the free-text lists are dropped.
   */
  @Value.Check
  Project normalize() {
    OptionalInt duration = durationMonths();
    if (duration.isPresent() && duration.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "expected a duration of at least 1 month but found " + duration.getAsInt());
    }
    // With a start in year 9999 at the latest, even the longest duration ends in a year that
    // YearMonth holds, so lastMonth() never overflows.
    start().ifPresent(FormatDates::checkMonth);
    JsonText.checkExtensions(extensions(), DocumentShape.PROJECT);
    if (!OptionalText.isBlank(description())
        && !OptionalText.hasBlank(activities())
        && !OptionalText.hasBlank(outputs())
        && !OptionalText.hasBlank(outcomes())
        && !OptionalText.hasBlank(deliverables())
        && !OptionalText.hasBlank(dissemination())) {
      return this;
    }
    return builder().from(this)
        .description(OptionalText.canonical(description()))
        .activities(OptionalText.withoutBlank(activities()))
        .outputs(OptionalText.withoutBlank(outputs()))
        .outcomes(OptionalText.withoutBlank(outcomes()))
        .deliverables(OptionalText.withoutBlank(deliverables()))
        .dissemination(OptionalText.withoutBlank(dissemination()))
        .build();
  }

  /**
   * Builds a {@link Project}; {@code id}, {@code title}, {@code kind} and {@code status} are
   * required. {@code build()} throws {@link IllegalArgumentException} for a duration below 1 or
   * a start outside the years of {@link FormatDates}, and gives the canonical project: a blank
   * description is absent and blank list items are dropped.
   */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
