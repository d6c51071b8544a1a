package io.github.ceproadmap.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Runs a property over many generated values and, when it fails, shrinks the counterexample to a
 * minimal one and fails with an {@link AssertionError} that gives the seed, how to rerun exactly
 * that case, the number of shrink steps and the minimal value (a roadmap as a pretty JSON
 * document). It needs no test framework: call it from a JUnit or TestNG test, or a {@code main}.
 *
 * <pre>{@code
 * Property.forAll(RoadmapGenerator.roadmaps(Size.SMALL))
 *     .tries(200)
 *     .check(roadmap -> assertEquals(roadmap, codec.decode(codec.encode(roadmap))));
 * }</pre>
 *
 * <p><b>Seeds.</b> Try 1 builds its value from the run's seed itself, every later try from a
 * seed derived from it, and the failure message names the seed of the failing try: run with
 * that seed (system property {@value #SEED_PROPERTY}, or {@link #seed(long)}) and the failing
 * case is try 1, shrunk the same way. Without either, the seed is random. The system property
 * wins over {@code seed(long)}, so that a failure in CI reruns locally without a code change;
 * {@value #TRIES_PROPERTY} likewise overrides {@link #tries(int)}.
 *
 * <p><b>Shrinking.</b> No hand-written shrinker: the runner replays simplified copies of the
 * choices the generator made (see {@link Choices}) and keeps the simplest that still fails with
 * the same class of exception. It stops at a local minimum (removing any one list element, such
 * as a pathway, action, project, organisation, contact or list item, or any one character of a
 * text, and lowering any one choice, makes the property pass or the value simpler no more), or
 * after {@link #maxShrinkAttempts(int)} replays, whichever comes first. Shrinking is
 * deterministic for a seed when the property is.
 *
 * <p>Instances are immutable: each setting returns a new property.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {
  /** The system property that sets the seed of every run: {@value}. */
  public static final String SEED_PROPERTY = "cep.testkit.seed";

  /** The system property that sets the number of tries of every run: {@value}. */
  public static final String TRIES_PROPERTY = "cep.testkit.tries";

  /** The number of tries unless set: {@value}. */
  public static final int DEFAULT_TRIES = 100;

  /** The most replays a shrink tries unless set: {@value}. */
  public static final int DEFAULT_MAX_SHRINK_ATTEMPTS = 5_000;

  private final Generator<T> generator;
  private final int tries;
  private final @Nullable Long seed;
  private final int maxShrinkAttempts;
  private final List<Case<T>> cases;

  /** A case counted in the statistics; a {@code minimum} above 0 is required. */
  private record Case<T>(String label, double minimum, Predicate<? super T> condition) {}

  private Property(Generator<T> generator, int tries, @Nullable Long seed, int maxShrinkAttempts,
      List<Case<T>> cases) {
    this.generator = generator;
    this.tries = tries;
    this.seed = seed;
    this.maxShrinkAttempts = maxShrinkAttempts;
    this.cases = List.copyOf(cases);
  }

  /**
   * Returns a property over the values of {@code generator}, with the default settings.
   *
   * @param <T> the type of the values
   * @param generator the generator, such as {@link RoadmapGenerator#roadmaps(Size)}
   * @return the property, to {@link #check} or configure further
   */
  public static <T> Property<T> forAll(Generator<T> generator) {
    return new Property<>(generator, DEFAULT_TRIES, null, DEFAULT_MAX_SHRINK_ATTEMPTS, List.of());
  }

  /**
   * Returns this property with {@code tries} tries; the system property {@value
   * #TRIES_PROPERTY}, when set, takes precedence.
   *
   * @param tries the number of generated values to check, at least 1
   * @return the changed property
   * @throws IllegalArgumentException if {@code tries} is below 1
   */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("expected at least 1 try but found " + tries);
    }
    return new Property<>(generator, tries, seed, maxShrinkAttempts, cases);
  }

  /**
   * Returns this property run from seed {@code seed}; the system property {@value
   * #SEED_PROPERTY}, when set, takes precedence.
   *
   * @param seed the seed of try 1
   * @return the changed property
   */
  public Property<T> seed(long seed) {
    return new Property<>(generator, tries, seed, maxShrinkAttempts, cases);
  }

  /**
   * Returns this property with at most {@code attempts} replays when shrinking, which bounds the
   * time a failure takes to report (each replay generates one value and checks it once).
   *
   * @param attempts the most replays, at least 0 (0 reports the first failing value as found)
   * @return the changed property
   * @throws IllegalArgumentException if {@code attempts} is negative
   */
  public Property<T> maxShrinkAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("expected at least 0 attempts but found " + attempts);
    }
    return new Property<>(generator, tries, seed, attempts, cases);
  }

  /**
   * Returns this property counting in how many tries {@code condition} holds, reported by the
   * {@link Statistics} that {@link #check} returns.
   *
   * @param label the name of the case, unique within this property
   * @param condition whether a value is such a case
   * @return the changed property
   * @throws IllegalArgumentException if a case already has that label
   */
  public Property<T> classify(String label, Predicate<? super T> condition) {
    return cover(label, 0, condition);
  }

  /**
   * Returns this property requiring that {@code condition} holds in at least {@code
   * minimumShare} of the tries (as QuickCheck's {@code cover}): otherwise {@link #check} fails,
   * naming the share reached, even if the property held for every value.
   *
   * @param label the name of the case, unique within this property
   * @param minimumShare the least share, from 0 to 1, such as 0.1 for 10%
   * @param condition whether a value is such a case
   * @return the changed property
   * @throws IllegalArgumentException if a case already has that label or the share is not
   *     between 0 and 1
   */
  public Property<T> cover(String label, double minimumShare, Predicate<? super T> condition) {
    if (!(minimumShare >= 0 && minimumShare <= 1)) {
      throw new IllegalArgumentException(
          "expected a share from 0 to 1 but found " + minimumShare);
    }
    if (cases.stream().anyMatch(known -> known.label().equals(label))) {
      throw new IllegalArgumentException("a case is already labelled \"" + label + "\"");
    }
    List<Case<T>> more = new ArrayList<>(cases);
    more.add(new Case<>(label, minimumShare, condition));
    return new Property<>(generator, tries, seed, maxShrinkAttempts, more);
  }

  /**
   * Checks {@code body} against every try: it fails by throwing, typically an assertion of the
   * caller's test framework.
   *
   * @param body the property; it must be deterministic and leave no state behind
   * @return how often each classified case occurred
   * @throws AssertionError if the property fails (the message describes the minimal failing
   *     value, the cause is its failure) or a covered case occurred too rarely
   */
  public Statistics check(Body<? super T> body) {
    long runSeed = runSeed();
    int runTries = runTries();
    SplittableRandom seeds = new SplittableRandom(runSeed);
    Map<String, Integer> counts = new LinkedHashMap<>();
    cases.forEach(known -> counts.put(known.label(), 0));
    for (int n = 1; n <= runTries; n++) {
      long caseSeed = n == 1 ? runSeed : seeds.nextLong();
      Choices choices = Choices.recording(new SplittableRandom(caseSeed));
      T value = generator.generate(choices);
      for (Case<T> known : cases) {
        if (known.condition().test(value)) {
          counts.merge(known.label(), 1, Integer::sum);
        }
      }
      Throwable failure = failure(body, value);
      if (failure != null) {
        Shrinker<T> shrinker = new Shrinker<>(generator, v -> failure(body, v), maxShrinkAttempts,
            new Shrinker.Outcome<>(choices.recorded(), choices.spans(), value, failure));
        Shrinker.Outcome<T> minimal = shrinker.shrink();
        throw new PropertyFailure(minimal.value(), minimal.failure(), n, runTries, runSeed,
            caseSeed, shrinker).toAssertionError();
      }
    }
    Statistics statistics = new Statistics(runSeed, runTries, counts);
    for (Case<T> known : cases) {
      if (statistics.share(known.label()) < known.minimum()) {
        throw new AssertionError("only " + Statistics.percent(statistics.share(known.label()))
            + " of " + runTries + " tries were \"" + known.label() + "\", expected at least "
            + Statistics.percent(known.minimum()) + " (seed " + runSeed + "; rerun with -D"
            + SEED_PROPERTY + "=" + runSeed + ")");
      }
    }
    return statistics;
  }

  /**
   * Checks that {@code property} holds for every try; see {@link #check(Body)}.
   *
   * @param property the property, true when it holds
   * @return how often each classified case occurred
   * @throws AssertionError if the property is false for some value, or a covered case occurred
   *     too rarely
   */
  public Statistics checkThat(Predicate<? super T> property) {
    return check(value -> {
      if (!property.test(value)) {
        throw new AssertionError("the property is false");
      }
    });
  }

  /**
   * A property of one value: it fails by throwing.
   *
   * @param <T> the type of the value
   */
  @FunctionalInterface
  public interface Body<T> {
    /**
     * Checks the property for {@code value}.
     *
     * @param value the generated value
     * @throws Exception if the property fails; an {@link AssertionError} fails it too
     */
    void verify(T value) throws Exception;
  }

  private long runSeed() {
    String configured = System.getProperty(SEED_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      try {
        return Long.parseLong(configured.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a whole number in system property "
            + SEED_PROPERTY + " but found \"" + configured + "\"", e);
      }
    }
    return seed != null ? seed : ThreadLocalRandom.current().nextLong();
  }

  private int runTries() {
    String configured = System.getProperty(TRIES_PROPERTY);
    if (configured == null || configured.isBlank()) {
      return tries;
    }
    try {
      int configuredTries = Integer.parseInt(configured.strip());
      if (configuredTries >= 1) {
        return configuredTries;
      }
    } catch (NumberFormatException e) {
      // Reported below, with the value.
    }
    throw new IllegalArgumentException("expected a number of tries >= 1 in system property "
        + TRIES_PROPERTY + " but found \"" + configured + "\"");
  }

  /** Runs {@code body} on {@code value}; returns what it threw, or null if it held. */
  static <T> @Nullable Throwable failure(Body<? super T> body, T value) {
    try {
      body.verify(value);
      return null;
    } catch (Throwable failure) {
      // A property that overflows the stack has failed; one that runs out of memory has not.
      if (failure instanceof VirtualMachineError fatal && !(fatal instanceof StackOverflowError)) {
        throw fatal;
      }
      return failure;
    }
  }
}
