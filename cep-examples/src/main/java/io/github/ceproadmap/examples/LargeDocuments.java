package io.github.ceproadmap.examples;

// tag::example[]
import io.github.ceproadmap.json.DecodeLimits;
import io.github.ceproadmap.json.RoadmapCodec;
import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;

/** Example: read documents larger than the default limits allow. */
public final class LargeDocuments {
  private LargeDocuments() {}

  /**
   * Reads the document named by the first argument with raised limits and prints how many
   * actions it holds and the limits.
   *
   * @param args the path of a roadmap document
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    RoadmapCodec codec = RoadmapCodec.builder()
        .limits(DecodeLimits.builder()
            .maxDocumentLength(256 * 1024 * 1024)
            .maxStringLength(4 * 1024 * 1024)
            .build())
        .build();
    Roadmap roadmap = codec.decode(Path.of(args[0]));
    System.out.println(roadmap.allActions().size() + " actions read, limits raised to "
        + codec.limits().maxDocumentLength() + " bytes and strings of "
        + codec.limits().maxStringLength() + " characters");
  }
}
// end::example[]
