package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One codec and one validator, shared by eight threads that each decode, validate and place the
 * findings of different documents, give every document the report that sequential use gives it.
 */
class SharedCodecAndValidatorTest {
  private static final int THREADS = 8;
  private static final RoadmapCodec CODEC = RoadmapCodec.lenient();
  private static final Validator VALIDATOR =
      Validator.builder().asOf(RoadmapGenerator.AS_OF).build();

  @Test
  void eightThreadsGetTheReportsOneThreadGets() throws Exception {
    List<byte[]> documents = documents();
    List<String> sequential = new ArrayList<>();
    for (byte[] document : documents) {
      sequential.add(report(document));
    }
    assertTrue(sequential.stream().anyMatch(r -> r.contains("duplicate-action-id")), "no finding");
    assertTrue(sequential.stream().anyMatch(r -> r.startsWith("rejected")), "no decode error");

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (byte[] document : documents) {
          Callable<String> task = () -> {
            start.await();
            return report(document);
          };
          results.add(pool.submit(task));
        }
      }
      start.countDown();
      for (int i = 0; i < results.size(); i++) {
        assertEquals(sequential.get(i % documents.size()), results.get(i).get(), "document " + i);
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** Generated roadmaps, each with one or two defects, table A and B, and a broken document. */
  private static List<byte[]> documents() {
    List<byte[]> documents = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(88);
    for (int i = 0; i < 40; i++) {
      Roadmap roadmap = RoadmapGenerator.roadmap(random);
      for (int d = 1 + random.nextInt(2); d > 0; d--) {
        roadmap = Defect.values()[random.nextInt(Defect.values().length)].inject(roadmap, random);
      }
      documents.add(CODEC.toBuilder().pretty(i % 2 == 0).build()
          .encodeToBytes(GeneratedRoadmaps.dress(roadmap, random)));
    }
    documents.add(CODEC.encodeToBytes(Editions.tableA()));
    documents.add(RoadmapCodec.builder().pretty(true).build().encodeToBytes(Editions.tableB()));
    documents.add(StrictDecodeErrorsTest.change("\"id\": \"1.1\"", "\"id\": \"1.x\"")
        .getBytes(StandardCharsets.UTF_8));
    return documents;
  }

  /** The findings of a document, each with its line and column, or why it was rejected. */
  private static String report(byte[] document) {
    try {
      DecodedRoadmap decoded = CODEC.decodeWithSourceMap(document);
      StringBuilder report = new StringBuilder();
      for (Finding finding : VALIDATOR.validate(decoded.roadmap()).findings()) {
        report.append(decoded.sourceMap().locate(finding.pointer())).append(' ')
            .append(finding).append('\n');
      }
      return report.toString();
    } catch (RoadmapDecodeException e) {
      return "rejected: " + e.getMessage();
    }
  }
}
