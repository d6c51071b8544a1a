package io.github.ceproadmap.testkit;

import io.github.ceproadmap.model.Roadmap;
import java.util.List;

/**
 * Shrinks a roadmap that a user already has, such as a real document that breaks a tool, to a
 * smaller one that still breaks it. No generator made it, so there are no choices to replay:
 * the minimiser removes parts of the roadmap itself, one at a time (an axis, pathway, action,
 * organisation, project, contact, lead, list item or optional value, half of a text or one of
 * its characters), and keeps each removal after which the property still fails with the same
 * class of exception, until no single removal does or the attempts run out.
 *
 * <pre>{@code
 * Roadmap minimal = Minimizer.minimize(RoadmapCodec.strict().decode(file),
 *     roadmap -> myTool.render(roadmap));
 * System.out.println(RoadmapCodec.builder().pretty(true).build().encode(minimal));
 * }</pre>
 *
 * <p>Unlike a roadmap that {@link Property} shrinks, the result need not be consistent: a
 * removal may leave a reference dangling, which is fine when the roadmap was inconsistent to
 * begin with or the property does not care.
 */
public final class Minimizer {
  /** The most properties checked unless set: {@value}. */
  public static final int DEFAULT_MAX_ATTEMPTS = 10_000;

  private Minimizer() {}

  /**
   * Returns a locally minimal roadmap, smaller than or equal to {@code roadmap}, for which
   * {@code property} fails as it fails for {@code roadmap}, within {@link #DEFAULT_MAX_ATTEMPTS}.
   *
   * @param roadmap a roadmap for which the property fails
   * @param property the property
   * @return the smallest failing roadmap found
   * @throws IllegalArgumentException if the property holds for {@code roadmap}
   */
  public static Roadmap minimize(Roadmap roadmap, Property.Body<? super Roadmap> property) {
    return minimize(roadmap, property, DEFAULT_MAX_ATTEMPTS);
  }

  /**
   * Returns a locally minimal roadmap, smaller than or equal to {@code roadmap}, for which
   * {@code property} fails as it fails for {@code roadmap}, checking it at most {@code
   * maxAttempts} times.
   *
   * @param roadmap a roadmap for which the property fails
   * @param property the property
   * @param maxAttempts the most checks of the property, at least 0
   * @return the smallest failing roadmap found
   * @throws IllegalArgumentException if the property holds for {@code roadmap} or {@code
   *     maxAttempts} is negative
   */
  public static Roadmap minimize(
      Roadmap roadmap, Property.Body<? super Roadmap> property, int maxAttempts) {
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("expected at least 0 attempts but found " + maxAttempts);
    }
    Throwable failure = Property.failure(property, roadmap);
    if (failure == null) {
      throw new IllegalArgumentException("the property holds for this roadmap: nothing to shrink");
    }
    Class<?> kind = failure.getClass();
    Roadmap minimal = roadmap;
    int attempts = 0;
    // After a kept removal the walk goes on from the same place in the new roadmap's list of
    // smaller ones, not from its start, so each round costs about one pass over the roadmap.
    boolean changed = true;
    while (changed && attempts < maxAttempts) {
      changed = false;
      List<Roadmap> smaller = OneSmaller.of(minimal);
      for (int i = 0; i < smaller.size() && attempts < maxAttempts; i++) {
        if (smaller.get(i).equals(minimal)) {
          continue; // a removal that changes nothing, such as one character of "aa"
        }
        attempts++;
        Throwable smallerFailure = Property.failure(property, smaller.get(i));
        if (smallerFailure != null && smallerFailure.getClass() == kind) {
          minimal = smaller.get(i);
          smaller = OneSmaller.of(minimal);
          changed = true;
          i--;
        }
      }
    }
    return minimal;
  }
}
