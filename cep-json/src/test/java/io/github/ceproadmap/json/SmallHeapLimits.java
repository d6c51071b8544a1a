package io.github.ceproadmap.json;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The program {@link SmallHeapLimitsTest} runs in a JVM of its own with a 64 MB heap: decodes
 * hostile documents of up to 100 MB, made as they are read, and prints one line a case, {@code
 * name TAB outcome TAB message}, where the outcome is {@code rejected}, {@code decoded} or the
 * class of whatever else was thrown.
 */
final class SmallHeapLimits {
  static final long HUNDRED_MB = 100_000_000L;
  private static final String ROADMAP_START = "{\"schemaVersion\": \"1.0\", \"id\": \"r\", ";
  private static final String PATHWAY_START = ROADMAP_START
      + "\"title\": \"T\", \"edition\": \"1\", \"axes\": [], \"pathways\": [{\"number\": ";

  private SmallHeapLimits() {}

  /** The cases by name: each decodes one document and returns, or throws what decoding threw. */
  static Map<String, Decode> cases() {
    RoadmapCodec strict = RoadmapCodec.strict();
    RoadmapCodec lenient = RoadmapCodec.lenient();
    Map<String, Decode> cases = new LinkedHashMap<>();
    cases.put("100 MB string", () -> strict.decode(
        LazyDocument.of(ROADMAP_START + "\"title\": \"", "x", HUNDRED_MB, "\"}").stream()));
    cases.put("100 MB string of two-byte characters", () -> strict.decode(
        LazyDocument.of(ROADMAP_START + "\"title\": \"", "é", HUNDRED_MB, "\"}").stream()));
    cases.put("100 MB string read as characters", () -> strict.decode(
        LazyDocument.of(ROADMAP_START + "\"title\": \"", "x", HUNDRED_MB, "\"}").reader()));
    cases.put("100 MB string kept as an extension", () -> lenient.decodeWithSourceMap(
        LazyDocument.of(ROADMAP_START + "\"x\": \"", "x", HUNDRED_MB, "\"}").stream()));
    cases.put("100 MB document of white space", () -> strict.decode(
        LazyDocument.of(ROADMAP_START, " ", HUNDRED_MB, "}").stream()));
    cases.put("100 MB extension array of white space", () -> lenient.decode(
        LazyDocument.of(ROADMAP_START + "\"x\": [", " ", HUNDRED_MB, "]}").stream()));
    cases.put("100,000 nested arrays", () -> lenient.decode(
        LazyDocument.of(ROADMAP_START + "\"x\": ", "[", 100_000, "]".repeat(100_000) + "}")
            .stream()));
    cases.put("100 MB of nested arrays", () -> lenient.decode(
        LazyDocument.of(ROADMAP_START + "\"x\": ", "[", HUNDRED_MB, "").stream()));
    cases.put("100,000 nested arrays as bytes", () -> lenient.decode(
        ("{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}")
            .getBytes(StandardCharsets.UTF_8)));
    cases.put("100,000 nested objects", () -> lenient.decode(
        LazyDocument.of(ROADMAP_START + "\"x\": ", "{\"k\": ", 600_000,
            "1" + "}".repeat(100_000) + "}").stream()));
    cases.put("10,000-digit number", () -> strict.decode(
        PATHWAY_START + "9".repeat(10_000) + ", \"title\": \"P\", \"actions\": []}]}"));
    cases.put("10,000-digit number as a stream", () -> strict.decode(
        LazyDocument.of(PATHWAY_START, "9", 10_000, ", \"title\": \"P\", \"actions\": []}]}")
            .stream()));
    cases.put("10,000-digit number kept as an extension", () -> lenient.decode(
        "{\"x\": -" + "9".repeat(10_000) + ".5e1}"));
    cases.put("100 MB number", () -> lenient.decode(
        LazyDocument.of(ROADMAP_START + "\"x\": ", "9", HUNDRED_MB, "}").stream()));
    cases.put("100 MB key", () -> lenient.decode(
        LazyDocument.of("{\"", "k", HUNDRED_MB, "\": 1}").stream()));
    return cases;
  }

  public static void main(String[] args) {
    PrintStream out = System.out;
    for (Map.Entry<String, Decode> entry : cases().entrySet()) {
      String outcome;
      String message;
      try {
        entry.getValue().run();
        outcome = "decoded";
        message = "";
      } catch (RoadmapDecodeException e) {
        outcome = "rejected";
        message = e.getMessage();
      } catch (Throwable t) {
        outcome = t.getClass().getName();
        message = String.valueOf(t.getMessage());
      }
      out.println(entry.getKey() + "\t" + outcome + "\t" + message.replaceAll("\\s+", " "));
    }
    out.flush();
  }

  /** One decode. */
  @FunctionalInterface
  interface Decode {
    Object run() throws IOException;
  }
}
