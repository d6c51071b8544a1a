package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import io.github.ceproadmap.model.internal.Slugs;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An action of the roadmap: one cell entry of the matrix, such as
 * {@code 2.5 Commit to meeting the demand for circular products and services} on the company
 * axis of pathway 2.
 *
 * <pre>{@code
 * Action action = Action.builder()
 *     .id(ActionId.parse("2.5"))
 *     .axis(ActionAxis.COMPANY.id())
 *     .title("Commit to meeting the demand for circular products and services")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Action {
  Action() {}

  /**
   * Returns the action's id, whose pathway number names the pathway that should hold it.
   *
   * @return the id, such as {@code 2.5}
   */
  public abstract ActionId id();

  /**
   * Returns the id of the axis this action is on; the roadmap should declare it.
   *
   * @return a kebab-case axis id, such as {@code "company"}
   */
  public abstract String axis();

  /**
   * Returns the action's title, verbatim as published.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the document members this library does not know, kept by a lenient read.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns a builder for a new action.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this action.
   *
   * @return a builder holding this action's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Slugs.require(axis(), "an axis id");
    JsonText.checkExtensions(extensions(), DocumentShape.ACTION);
  }

  /** Builds an {@link Action}; {@code id}, {@code axis} and {@code title} are required. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
