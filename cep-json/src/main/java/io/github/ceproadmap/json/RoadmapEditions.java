package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.Quoting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The official Circular Electronics Roadmap, edition 2.0, as the partnership published it,
 * shipped inside this library as format 1.0 documents beside {@link RoadmapSchema the schema}.
 *
 * <p>Two documents, each with the partnership's launch day, every organisation the sources name
 * (founding partners, partner organisations, 2024 members, industry partners) and project P2.1:
 *
 * <ul>
 *   <li>{@link #edition2_0()}: the "CEP project dashboard Q1 2024" matrix, the reference, with
 *       its status quarter (resource {@value #EDITION_2_0});
 *   <li>{@link #edition2_0ActivationSlide()}: the "Project activation Circular Electronics
 *       Roadmap 2.0" slide, with its own numbering (resource {@value
 *       #EDITION_2_0_ACTIVATION_SLIDE}).
 * </ul>
 *
 * <p>Both are held as published, defects included (two actions numbered 4.3, no 5.5, ...): the
 * validator reports them. The documents are decoded once, on first use, and shared; a {@link
 * Roadmap} is immutable.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapEditions.edition2_0();
 * roadmap.action(ActionId.parse("2.5")).map(Action::title);
 * // Optional[Commit to meeting the demand for circular products and services]
 * }</pre>
 *
 * <p>Tools in other languages take the JSON from the jar, for example {@code unzip -p
 * cep-json.jar io/github/ceproadmap/json/roadmap-2.0.json}. On the module path the resources are
 * encapsulated in this module: Java code elsewhere reads them through {@link #open(String)},
 * not through a class loader.
 */
public final class RoadmapEditions {
  /** The path in this library's jar of edition 2.0 as the Q1 2024 dashboard shows it. */
  public static final String EDITION_2_0 = "io/github/ceproadmap/json/roadmap-2.0.json";

  /** The path in this library's jar of edition 2.0 as the project activation slide shows it. */
  public static final String EDITION_2_0_ACTIVATION_SLIDE =
      "io/github/ceproadmap/json/roadmap-2.0-activation-slide.json";

  private static final String PACKAGE = "io/github/ceproadmap/json/";

  private RoadmapEditions() {}

  /**
   * Returns edition 2.0 as the "CEP project dashboard Q1 2024" shows it: the reference edition.
   *
   * @return the decoded document {@value #EDITION_2_0}
   */
  public static Roadmap edition2_0() {
    return Dashboard.ROADMAP;
  }

  /**
   * Returns edition 2.0 as the "Project activation" slide shows it, with its own numbering: the
   * company action "Commit to meeting the demand..." is a second 2.4 there and 3.7 is missing.
   *
   * @return the decoded document {@value #EDITION_2_0_ACTIVATION_SLIDE}
   */
  public static Roadmap edition2_0ActivationSlide() {
    return ActivationSlide.ROADMAP;
  }

  /**
   * Opens one of the published documents as UTF-8 JSON text, in canonical pretty form.
   *
   * @param resource {@link #EDITION_2_0} or {@link #EDITION_2_0_ACTIVATION_SLIDE}
   * @return a new stream over the document, which the caller closes
   * @throws IllegalArgumentException if {@code resource} names no published document
   */
  public static InputStream open(String resource) {
    if (!resource.equals(EDITION_2_0) && !resource.equals(EDITION_2_0_ACTIVATION_SLIDE)) {
      throw new IllegalArgumentException("expected " + EDITION_2_0 + " or "
          + EDITION_2_0_ACTIVATION_SLIDE + " but found " + Quoting.quote(resource));
    }
    // Relative to this class, so that the lookup comes from inside the module: on the module
    // path the package's resources are visible to its own classes only.
    String name = resource.substring(PACKAGE.length());
    InputStream in = RoadmapEditions.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "the resource " + resource + " is missing from cep-json; the jar is broken");
    }
    return in;
  }

  /**
   * Returns the bytes of one of the published documents.
   *
   * @param resource {@link #EDITION_2_0} or {@link #EDITION_2_0_ACTIVATION_SLIDE}
   * @return the document's UTF-8 bytes
   * @throws IllegalArgumentException if {@code resource} names no published document
   * @throws UncheckedIOException if the resource cannot be read, which means a broken jar
   */
  public static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + resource, e);
    }
  }

  private static Roadmap decode(String resource) {
    return RoadmapCodec.strict().decode(bytes(resource));
  }

  // One holder per document: each is decoded on first use, once, without locking afterwards.

  private static final class Dashboard {
    static final Roadmap ROADMAP = decode(EDITION_2_0);
  }

  private static final class ActivationSlide {
    static final Roadmap ROADMAP = decode(EDITION_2_0_ACTIVATION_SLIDE);
  }
}
