package io.github.ceproadmap.testkit;

/**
 * How large a generated roadmap may be: each count of its parts lies between that of {@link
 * #least()} and that of {@link #most()}. Within the bounds counts lean toward the edges (none,
 * the most), so that small sizes still meet empty roadmaps and full ones.
 *
 * <pre>{@code
 * RoadmapGenerator.roadmaps(Size.SMALL)
 * RoadmapGenerator.roadmaps(Size.atMost(new Shape(12, 12, 3, 5, 8)))  // reaches id 12.10
 * }</pre>
 *
 * @param least the smallest counts
 * @param most the largest counts
 */
public record Size(Shape least, Shape most) {
  /**
   * Up to 4 pathways of up to 10 actions (so {@code 1.10} follows {@code 1.9}), 3 cross-cutting
   * actions, 4 organisations, 4 projects and 4 axes: quick, and a shrunk roadmap stays readable.
   */
  public static final Size SMALL = atMost(new Shape(4, 10, 3, 4, 4, 4));

  /** Up to 12 pathways of up to 12 actions (ids such as {@code 12.10}), 30 projects. */
  public static final Size MEDIUM = atMost(new Shape(12, 12, 5, 20, 30, 5));

  /** Up to 40 pathways of up to 40 actions, 300 projects: for scale, with fewer tries. */
  public static final Size LARGE = atMost(new Shape(40, 40, 20, 100, 300, 6));

  /**
   * Checks that roadmaps of this size can be consistent.
   *
   * @param least the smallest counts
   * @param most the largest counts
   * @throws IllegalArgumentException if a count of {@code least} exceeds that of {@code most},
   *     pathways must hold more actions than allowed (one per axis), actions or cross-cutting
   *     actions are required but no axis is allowed, or more projects are required than the
   *     fewest actions allow (one project per action)
   */
  public Size {
    if (least.pathways() > most.pathways() || least.actionsPerPathway() > most.actionsPerPathway()
        || least.crossCuttingActions() > most.crossCuttingActions()
        || least.organizations() > most.organizations() || least.projects() > most.projects()
        || least.axes() > most.axes()) {
      throw new IllegalArgumentException(
          "expected least <= most in every count but found " + least + " and " + most);
    }
    if (least.pathways() > 0 && least.axes() > most.actionsPerPathway()) {
      throw new IllegalArgumentException("a pathway holds an action on each of at least "
          + least.axes() + " axes, more than the " + most.actionsPerPathway() + " allowed");
    }
    boolean needsAxis = least.crossCuttingActions() > 0
        || (least.pathways() > 0 && least.actionsPerPathway() > 0);
    if (needsAxis && most.axes() == 0) {
      throw new IllegalArgumentException("actions need an axis but no axis is allowed");
    }
    if (least.projects() > least.actions()) {
      throw new IllegalArgumentException("cannot make " + least.projects()
          + " projects, at most one per action, from as few as " + least.actions()
          + " actions");
    }
  }

  /**
   * Returns the size from nothing up to {@code most}.
   *
   * @param most the largest counts
   * @return the size
   */
  public static Size atMost(Shape most) {
    return new Size(new Shape(0, 0, 0, 0, 0, 0), most);
  }

  /**
   * Returns the size of exactly {@code shape}.
   *
   * @param shape the counts
   * @return the size
   * @throws IllegalArgumentException if no consistent roadmap has that shape
   */
  public static Size exactly(Shape shape) {
    return new Size(shape, shape);
  }

  /** Returns the least number of axes a roadmap of this size declares. */
  int leastAxes() {
    boolean needsAxis = least.crossCuttingActions() > 0
        || (least.pathways() > 0 && least.actionsPerPathway() > 0);
    return Math.max(least.axes(), needsAxis ? 1 : 0);
  }
}
