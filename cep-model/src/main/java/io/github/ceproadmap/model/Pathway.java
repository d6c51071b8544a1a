package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A pathway: a numbered column of the roadmap matrix, such as {@code 2 Drive demand for
 * circular products and services}, holding its actions in document order.
 *
 * <pre>{@code
 * Pathway pathway = Pathway.builder()
 *     .number(2)
 *     .title("Drive demand for circular products and services")
 *     .addActions(action21, action25)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Pathway {
  Pathway() {}

  /**
   * Returns the pathway's number; the ids of its actions start with it.
   *
   * @return the number, at least 1 ({@code 0} is reserved for cross-cutting actions)
   */
  public abstract int number();

  /**
   * Returns the pathway's title, verbatim as published.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the actions of this pathway in document order, which is usually axis order and then
   * sequence order. The list may hold inconsistent actions (a duplicate id, an id of another
   * pathway) exactly as published; the validator reports them.
   *
   * @return the actions, possibly empty
   */
  public abstract List<Action> actions();

  /**
   * Returns the document members this library does not know, kept by a lenient read.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns a builder for a new pathway.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this pathway.
   *
   * @return a builder holding this pathway's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException(
          "expected a pathway number >= 1 but found " + number()
              + " (0 is reserved for cross-cutting actions)");
    }
    JsonText.checkExtensions(extensions(), DocumentShape.PATHWAY);
  }

  /** Builds a {@link Pathway}; {@code number} and {@code title} are required. */
  public static final class Builder extends ImmutablePathway.Builder {
    Builder() {}
  }
}
