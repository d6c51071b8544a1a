package io.github.ceproadmap.json;

import io.github.ceproadmap.model.Roadmap;

/**
 * A roadmap decoded together with its {@link SourceMap}: what {@link
 * RoadmapCodec#decodeWithSourceMap(String)} and its siblings return.
 *
 * <p>The two travel side by side, not one inside the other, so that the model never knows where
 * it was read from; a report renderer takes both.
 */
public final class DecodedRoadmap {
  private final Roadmap roadmap;
  private final SourceMap sourceMap;

  DecodedRoadmap(Roadmap roadmap, SourceMap sourceMap) {
    this.roadmap = roadmap;
    this.sourceMap = sourceMap;
  }

  /**
   * Returns the decoded roadmap.
   *
   * @return the roadmap, equal to what a plain {@code decode} of the same document returns
   */
  public Roadmap roadmap() {
    return roadmap;
  }

  /**
   * Returns where each value of the document starts.
   *
   * @return the source map
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }
}
