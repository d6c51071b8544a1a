package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of valid documents: whatever {@link Mutation}s do to a document, decoding
 * gives a roadmap that re-encodes and decodes to itself, or a {@link RoadmapDecodeException} with
 * a line and column inside the input and a pointer. Every way of decoding (bytes, stream, string,
 * with a source map) gives the same outcome. See {@link DecodeOutcomes}.
 *
 * <p>The normal run tries {@value #DEFAULT_CASES} mutated documents. The long mode tries more:
 * {@code ./mvnw -pl cep-json -am verify -Dtest=MutationFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcep.fuzz.cases=200000}, with {@code -Dcep.fuzz.seed=N} for another sequence of cases. A
 * failure names the case's own seed; {@code -Dcep.fuzz.replay=SEED} runs that case alone.
 */
class MutationFuzzTest {
  static final int DEFAULT_CASES = 2000;
  private static final int CASES = Integer.getInteger("cep.fuzz.cases", DEFAULT_CASES);
  private static final long SEED = Long.getLong("cep.fuzz.seed", 20_261_123L);
  private static final Long REPLAY = Long.getLong("cep.fuzz.replay");

  private static final RoadmapCodec STRICT = RoadmapCodec.strict();
  private static final RoadmapCodec LENIENT = RoadmapCodec.lenient();
  private static final RoadmapCodec PRETTY = RoadmapCodec.builder().lenient(true).pretty(true).build();
  private static final List<byte[]> DOCUMENTS = documents();

  @Test
  void mutatedDocumentsDecodeToValuesThatRoundTripOrFailWithThePlace() {
    SplittableRandom cases = new SplittableRandom(SEED);
    Map<Mutation, Integer> applied = new EnumMap<>(Mutation.class);
    int decoded = 0;
    int count = REPLAY != null ? 1 : CASES;
    for (int i = 0; i < count; i++) {
      long seed = REPLAY != null ? REPLAY : cases.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      byte[] document = DOCUMENTS.get(random.nextInt(DOCUMENTS.size()));
      List<Mutation> mutations = new ArrayList<>();
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        document = mutation.apply(document, random);
        mutations.add(mutation);
        applied.merge(mutation, 1, Integer::sum);
      }
      RoadmapCodec codec = random.nextBoolean() ? STRICT : LENIENT;
      Supplier<String> label = () -> "case seed " + seed + " (" + mutations
          + (codec.isLenient() ? ", lenient" : ", strict") + "); -Dcep.fuzz.replay=" + seed
          + " runs it alone";
      if (DecodeOutcomes.decode(codec, document, label).isPresent()) {
        decoded++;
      }
    }
    if (REPLAY == null) {
      // The fuzzer is no fuzzer if it never damages, or damages beyond all reading.
      assertEquals(Mutation.values().length, applied.size(), applied::toString);
      assertTrue(decoded > 0 && decoded < CASES, decoded + " of " + CASES + " decoded");
    }
  }

  @Test
  void everyTruncationOfASmallDocumentIsRejectedUntilTheDocumentIsWhole() {
    for (byte[] document : small()) {
      for (RoadmapCodec codec : List.of(STRICT, LENIENT)) {
        Optional<Roadmap> whole = DecodeOutcomes.decode(codec, document, () -> "whole");
        if (whole.isEmpty()) {
          continue; // a document with extensions, which only the lenient codec reads
        }
        int end = document.length;
        while (document[end - 1] != '}') {
          end--;
        }
        for (int length = 0; length < document.length; length++) {
          int cut = length;
          Supplier<String> label = () -> "cut to " + cut + " bytes"
              + (codec.isLenient() ? " (lenient)" : "");
          Optional<Roadmap> outcome =
              DecodeOutcomes.decode(codec, Arrays.copyOf(document, length), label);
          assertEquals(length < end ? Optional.empty() : whole, outcome, label);
        }
      }
    }
  }

  @Test
  void deletingOrRepeatingAnySingleTokenOfASmallDocumentIsHandled() {
    for (byte[] document : small()) {
      String text = new String(document, UTF_8);
      List<JsonTokens.Token> tokens = JsonTokens.of(text);
      for (int i = 0; i < tokens.size(); i++) {
        JsonTokens.Token token = tokens.get(i);
        String deleted = text.substring(0, token.start()) + text.substring(token.end());
        String repeated = text.substring(0, token.end())
            + text.substring(token.start(), token.end()) + text.substring(token.end());
        for (RoadmapCodec codec : List.of(STRICT, LENIENT)) {
          int at = i;
          DecodeOutcomes.decode(codec, deleted.getBytes(UTF_8), () -> "token " + at + " deleted");
          DecodeOutcomes.decode(codec, repeated.getBytes(UTF_8), () -> "token " + at + " repeated");
        }
      }
    }
  }

  /** The documents mutated: generated ones with extensions, pretty and compact, and table B. */
  private static List<byte[]> documents() {
    List<byte[]> documents = new ArrayList<>(small());
    documents.add(PRETTY.encodeToBytes(smallRoadmap()));
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 12; i++) {
      Roadmap roadmap = GeneratedRoadmaps.dress(RoadmapGenerator.roadmap(random), random);
      documents.add((i % 2 == 0 ? PRETTY : LENIENT).encodeToBytes(roadmap));
    }
    documents.add(PRETTY.encodeToBytes(Editions.tableB()));
    return documents;
  }

  /** Small documents, cheap to mutate at every position: one pretty, one compact. */
  private static List<byte[]> small() {
    return List.of(
        StrictDecodeErrorsTest.VALID.getBytes(UTF_8), LENIENT.encodeToBytes(smallRoadmap()));
  }

  /** A roadmap of every kind of value, one or three of each, with extensions. */
  private static Roadmap smallRoadmap() {
    SplittableRandom random = new SplittableRandom(11);
    return GeneratedRoadmaps.dress(
        RoadmapGenerator.roadmap(random, new RoadmapGenerator.Shape(1, 3, 1, 1, 1)), random);
  }
}
