package io.github.ceproadmap.json;

import io.github.ceproadmap.model.DocumentPointer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One codec shared by several threads gives what it gives one thread. */
class ConcurrencyTest {
  private static final RoadmapCodec CODEC =
      RoadmapCodec.builder().lenient(true).pretty(true).build();

  @Test
  void aSharedCodecGivesEveryThreadWhatItGivesOne() throws Exception {
    List<String> documents = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(2024);
    for (int i = 0; i < 24; i++) {
      documents.add(CODEC.encode(GeneratedRoadmaps.dress(
          io.github.ceproadmap.model.testing.RoadmapGenerator.roadmap(random), random)));
    }
    documents.add(CODEC.encode(Editions.tableB()));
    documents.add(StrictDecodeErrorsTest.change("\"id\": \"1.1\"", "\"id\": \"1.x\""));
    List<String> sequential = new ArrayList<>();
    for (String document : documents) {
      sequential.add(roundTrip(document));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String document : documents) {
          results.add(pool.submit(() -> roundTrip(document)));
        }
      }
      for (int i = 0; i < results.size(); i++) {
        assertEquals(sequential.get(i % documents.size()), results.get(i).get());
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** Decodes with a source map and encodes again; an error's message stands for the result. */
  private static String roundTrip(String document) {
    try {
      DecodedRoadmap decoded = CODEC.decodeWithSourceMap(document);
      Roadmap roadmap = decoded.roadmap();
      return CODEC.encode(roadmap) + decoded.sourceMap().size()
          + decoded.sourceMap().locate(DocumentPointer.of("pathways", 0, "actions", 0, "title"));
    } catch (RoadmapDecodeException e) {
      return e.getMessage();
    }
  }
}
