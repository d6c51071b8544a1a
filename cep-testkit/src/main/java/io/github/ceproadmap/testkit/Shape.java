package io.github.ceproadmap.testkit;

/**
 * The counts of a roadmap's parts. {@link Size} bounds a generated roadmap by two shapes; {@link
 * RoadmapGenerator#roadmap(java.util.random.RandomGenerator, Shape)} generates one of exactly
 * this shape.
 *
 * @param pathways number of pathways, numbered 1..pathways
 * @param actionsPerPathway actions in each pathway; a pathway holds at least one per axis
 * @param crossCuttingActions number of cross-cutting actions
 * @param organizations number of organisations
 * @param projects number of projects; a project's id names its main action, so a consistent
 *     roadmap has at most one project per action
 * @param axes number of action axes: the first three are edition 2.0's, in its order
 */
public record Shape(
    int pathways, int actionsPerPathway, int crossCuttingActions, int organizations,
    int projects, int axes) {

  /** The shape of the published edition 2.0: 6 pathways of about 7 actions, 1 project. */
  public static final Shape REFERENCE = new Shape(6, 7, 1, 15, 1);

  /**
   * A registry-sized roadmap: 100 pathways x 200 actions, 200 cross-cutting actions, 500
   * organisations and 20,000 projects (several MB of JSON); 200 actions a pathway rather than
   * 100, to carry 20,000 projects at one per action.
   */
  public static final Shape LARGE = new Shape(100, 200, 200, 500, 20_000);

  /** {@link #LARGE} ten times over, for scaling: 1,000 pathways, 200,000 projects. */
  public static final Shape HUGE = new Shape(1_000, 200, 2_000, 5_000, 200_000);

  /**
   * Checks the counts.
   *
   * @param pathways the number of pathways, at least 0
   * @param actionsPerPathway the number of actions in each pathway, at least 0
   * @param crossCuttingActions the number of cross-cutting actions, at least 0
   * @param organizations the number of organisations, at least 0
   * @param projects the number of projects, at least 0
   * @param axes the number of axes, at least 0
   * @throws IllegalArgumentException if a count is negative
   */
  public Shape {
    if (pathways < 0 || actionsPerPathway < 0 || crossCuttingActions < 0 || organizations < 0
        || projects < 0 || axes < 0) {
      throw new IllegalArgumentException("expected counts >= 0 but found " + this);
    }
  }

  /**
   * Returns a shape with edition 2.0's three axes.
   *
   * @param pathways number of pathways
   * @param actionsPerPathway actions in each pathway, at least three when there are pathways
   * @param crossCuttingActions number of cross-cutting actions
   * @param organizations number of organisations
   * @param projects number of projects
   */
  public Shape(
      int pathways, int actionsPerPathway, int crossCuttingActions, int organizations,
      int projects) {
    this(pathways, actionsPerPathway, crossCuttingActions, organizations, projects, 3);
  }

  /** Returns the least number of actions a roadmap of this shape holds, axes permitting. */
  long actions() {
    return (long) pathways * Math.max(actionsPerPathway, axes) + crossCuttingActions;
  }
}
