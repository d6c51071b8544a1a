package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import io.github.ceproadmap.model.internal.Slugs;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An action axis: a row of the roadmap matrix, such as "Collective actions".
 *
 * <p>Edition 2.0 has three axes, in this order: {@link #COLLECTIVE}, {@link #COMPANY} and
 * {@link #WIDER_STAKEHOLDER}; {@link #EDITION_2_0} lists them. Within a pathway, sequence numbers
 * run over the axes in the roadmap's axis order.
 *
 * <pre>{@code
 * ActionAxis axis = ActionAxis.of("regional", "Regional actions");
 * }</pre>
 */
@Value.Immutable
public abstract class ActionAxis {
  /** The collective axis, {@code collective}: "Collective actions". */
  public static final ActionAxis COLLECTIVE = of("collective", "Collective actions");

  /** The company axis, {@code company}: "Company actions". */
  public static final ActionAxis COMPANY = of("company", "Company actions");

  /**
   * The wider stakeholder axis, {@code wider-stakeholder}: "Wider stakeholder asks" (one slide of
   * the published roadmap calls it "Wider stakeholder axis").
   */
  public static final ActionAxis WIDER_STAKEHOLDER =
      of("wider-stakeholder", "Wider stakeholder asks");

  /** The three axes of edition 2.0, in axis order. */
  public static final List<ActionAxis> EDITION_2_0 = List.of(COLLECTIVE, COMPANY, WIDER_STAKEHOLDER);

  ActionAxis() {}

  /**
   * Returns the id that actions use to name this axis.
   *
   * @return a kebab-case id such as {@code "wider-stakeholder"}
   */
  public abstract String id();

  /**
   * Returns the title shown for this axis.
   *
   * @return the title, such as "Collective actions"
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
   * Returns an axis with no extensions.
   *
   * @param id the kebab-case id
   * @param title the title
   * @return the axis
   * @throws IllegalArgumentException if {@code id} is not kebab case
   */
  public static ActionAxis of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /**
   * Returns a builder for a new axis.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this axis.
   *
   * @return a builder holding this axis's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Slugs.require(id(), "an axis id");
    JsonText.checkExtensions(extensions(), DocumentShape.AXIS);
  }

  /** Builds an {@link ActionAxis}; {@code id} and {@code title} are required. */
  public static final class Builder extends ImmutableActionAxis.Builder {
    Builder() {}
  }
}
