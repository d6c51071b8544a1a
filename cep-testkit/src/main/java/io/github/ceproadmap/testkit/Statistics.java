package io.github.ceproadmap.testkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How often the cases that a {@link Property} classifies occurred in its tries, so that a tester
 * sees whether the generator reaches what the property is about.
 *
 * <pre>{@code
 * Statistics statistics = Property.forAll(RoadmapGenerator.roadmaps(Size.SMALL))
 *     .classify("has a project", roadmap -> !roadmap.projects().isEmpty())
 *     .check(roadmap -> ...);
 * System.out.println(statistics);   // 200 tries (seed 42): 61.5% has a project
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Statistics {
  private final long seed;
  private final int tries;
  private final Map<String, Integer> counts;

  Statistics(long seed, int tries, Map<String, Integer> counts) {
    this.seed = seed;
    this.tries = tries;
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /**
   * Returns the seed of the run.
   *
   * @return the seed that reruns it
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of tries run.
   *
   * @return the number of generated values checked
   */
  public int tries() {
    return tries;
  }

  /**
   * Returns the labels classified, in the order they were declared.
   *
   * @return the labels
   */
  public Set<String> labels() {
    return counts.keySet();
  }

  /**
   * Returns in how many tries the case {@code label} occurred.
   *
   * @param label a label given to {@link Property#classify} or {@link Property#cover}
   * @return the count
   * @throws IllegalArgumentException if no case has that label
   */
  public int count(String label) {
    Integer count = counts.get(label);
    if (count == null) {
      throw new IllegalArgumentException(
          "no case is labelled \"" + label + "\"; the labels are " + counts.keySet());
    }
    return count;
  }

  /**
   * Returns the share of tries in which the case {@code label} occurred.
   *
   * @param label a label given to {@link Property#classify} or {@link Property#cover}
   * @return a share from 0 to 1; 0 if nothing was tried
   * @throws IllegalArgumentException if no case has that label
   */
  public double share(String label) {
    return tries == 0 ? 0 : (double) count(label) / tries;
  }

  /**
   * Returns the tries, the seed and the share of each case, such as {@code 200 tries (seed 42):
   * 61.5% has a project, 12.0% empty}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder()
        .append(tries).append(tries == 1 ? " try" : " tries").append(" (seed ").append(seed)
        .append(')');
    String separator = ": ";
    for (String label : counts.keySet()) {
      text.append(separator).append(percent(share(label))).append(' ').append(label);
      separator = ", ";
    }
    return text.toString();
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
