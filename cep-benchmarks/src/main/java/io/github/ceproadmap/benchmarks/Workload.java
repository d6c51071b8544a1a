package io.github.ceproadmap.benchmarks;

import io.github.ceproadmap.json.DecodeLimits;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.testing.RoadmapGenerator.Shape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The documents the benchmarks read and write, the same in every run and in {@code
 * WorkloadsTest}: the built-in edition 2.0 document, and generated roadmaps of {@link
 * Shape#LARGE} and {@link Shape#HUGE} from one fixed seed, encoded compact as a service would
 * send them.
 */
public enum Workload {
  /** The built-in document {@code roadmap-2.0.json}: about 13 KB, pretty. */
  REFERENCE,
  /** {@link Shape#LARGE}: 20,200 actions and 20,000 projects, several MB. */
  LARGE,
  /** {@link Shape#HUGE}: ten times {@link #LARGE}, for scaling. */
  HUGE;

  /** The seed of every generated workload. */
  public static final long SEED = 2024;

  /**
   * A strict codec whose limits admit {@link #HUGE}, which outgrows the default document length
   * and token count. Limits are checked as a side effect of reading, so this costs what {@link
   * RoadmapCodec#strict()} costs; the scaling benchmark uses it for both sizes alike.
   */
  public static final RoadmapCodec UNLIMITED_CODEC = RoadmapCodec.builder()
      .limits(DecodeLimits.builder()
          .maxDocumentLength(DecodeLimits.LARGEST_DOCUMENT_LENGTH)
          .maxTokenCount(Long.MAX_VALUE)
          .build())
      .build();

  private static final String REFERENCE_RESOURCE =
      "/" + io.github.ceproadmap.json.RoadmapEditions.EDITION_2_0;

  /**
   * Returns the workload a benchmark parameter names.
   *
   * @param name {@code reference}, {@code large} or {@code huge}, in any case
   * @return the workload
   */
  public static Workload named(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }

  /**
   * Returns the roadmap: decoded from the resource for {@link #REFERENCE}, generated otherwise.
   *
   * @return a new roadmap value, whose query indexes are not built yet
   */
  public Roadmap roadmap() {
    return switch (this) {
      case REFERENCE -> RoadmapCodec.strict().decode(referenceDocument());
      case LARGE -> RoadmapGenerator.roadmap(new SplittableRandom(SEED), Shape.LARGE);
      case HUGE -> RoadmapGenerator.roadmap(new SplittableRandom(SEED), Shape.HUGE);
    };
  }

  /**
   * Returns the document's UTF-8 bytes: the resource as it is for {@link #REFERENCE}, the compact
   * encoding of {@link #roadmap()} otherwise.
   *
   * @return the bytes
   */
  public byte[] document() {
    return this == REFERENCE ? referenceDocument() : UNLIMITED_CODEC.encodeToBytes(roadmap());
  }

  private static byte[] referenceDocument() {
    try (InputStream in = Workload.class.getResourceAsStream(REFERENCE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + REFERENCE_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
