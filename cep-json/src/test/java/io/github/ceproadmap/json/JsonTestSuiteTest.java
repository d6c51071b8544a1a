package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed and odd JSON ends in a {@link RoadmapDecodeException} with a place, never in another
 * exception, a hang, a {@link StackOverflowError} or an {@link OutOfMemoryError}.
 *
 * <p>Two sources: the {@code test_parsing} files of nst/JSONTestSuite, which the repository keeps
 * beside itself in {@code shared/corpus/json-test-suite} (skipped where that folder is absent),
 * and cases of the same kinds generated here, which always run: each malformed fragment is tried
 * as a whole document, as the value of a known key (strict) and as the value of an unknown key
 * (lenient, where the codec must read the fragment to the end to keep it).
 */
class JsonTestSuiteTest {
  private static final RoadmapCodec STRICT = RoadmapCodec.strict();
  private static final RoadmapCodec LENIENT = RoadmapCodec.lenient();
  private static final String CORPUS = "shared/corpus/json-test-suite";

  /** Text before a fragment placed as the value of a known key; line 1 ends before it. */
  private static final String TITLE_BEFORE = "{\"schemaVersion\": \"1.0\", \"id\": \"r\",\n\"title\": ";
  private static final String TITLE_AFTER =
      ", \"edition\": \"1\", \"axes\": [], \"pathways\": []}";
  /** Text before a fragment placed as the value of an unknown key, kept when lenient. */
  private static final String EXTENSION_BEFORE = "{\"schemaVersion\": \"1.0\",\n\"x-kept\": ";
  private static final String EXTENSION_AFTER =
      ", \"id\": \"r\", \"title\": \"T\", \"edition\": \"1\", \"axes\": [], \"pathways\": []}";

  @TestFactory
  Stream<DynamicTest> everyCorpusFileIsRejectedWithThePlaceForMalformedJson() throws IOException {
    Optional<Path> corpus = corpus();
    assumeTrue(corpus.isPresent(), "no " + CORPUS + " beside the repository");
    List<Path> files;
    try (Stream<Path> listing = Files.list(corpus.get())) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(files.size() >= 300, "the corpus holds only " + files.size() + " files");
    for (String kind : List.of("y_", "n_", "i_")) {
      assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().startsWith(kind)), kind);
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      byte[] bytes = Files.readAllBytes(file);
      for (RoadmapCodec codec : List.of(STRICT, LENIENT)) {
        Supplier<String> label = () -> file.getFileName() + (codec.isLenient() ? " (lenient)" : "");
        // None of the files is a CEP document, so even y_ files end in the codec's exception;
        // DecodeOutcomes checks the place it gives, which n_ files need.
        assertEquals(Optional.empty(), DecodeOutcomes.decode(codec, bytes, label), label);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratedMalformedFragmentIsRejectedWhereverItStands() {
    return malformed().stream().map(fragment -> DynamicTest.dynamicTest(fragment.name(), () -> {
      Supplier<String> alone = () -> fragment.name() + " as the document";
      assertEquals(Optional.empty(), DecodeOutcomes.decode(STRICT, fragment.bytes(), alone));
      assertEquals(Optional.empty(), DecodeOutcomes.decode(LENIENT, fragment.bytes(), alone));

      byte[] asTitle = embed(TITLE_BEFORE, fragment.bytes(), TITLE_AFTER);
      RoadmapDecodeException title = rejected(STRICT, asTitle, fragment.name() + " as a title");
      assertAtOrAfterLine2(title, fragment.name() + " as a title");

      byte[] asExtension = embed(EXTENSION_BEFORE, fragment.bytes(), EXTENSION_AFTER);
      String where = fragment.name() + " as an extension value";
      RoadmapDecodeException kept = rejected(LENIENT, asExtension, where);
      assertAtOrAfterLine2(kept, where);
      assertTrue(kept.problem().startsWith("malformed JSON")
          || kept.problem().startsWith("the document is not valid UTF-8")
          || kept.problem().startsWith("unexpected content after the document"),
          () -> where + ": " + kept.getMessage());
    }));
  }

  @TestFactory
  Stream<DynamicTest> implementationDefinedFragmentsDecodeToValuesThatSurviveReencoding() {
    return implementationDefined().stream().map(fragment ->
        DynamicTest.dynamicTest(fragment.name(), () -> {
          byte[] asExtension = embed(EXTENSION_BEFORE, fragment.bytes(), EXTENSION_AFTER);
          DecodeOutcomes.decode(LENIENT, asExtension, () -> fragment.name() + " as an extension");
          if (fragment.bytes()[0] == '"') {
            byte[] asTitle = embed(TITLE_BEFORE, fragment.bytes(), TITLE_AFTER);
            DecodeOutcomes.decode(STRICT, asTitle, () -> fragment.name() + " as a title");
          }
        }));
  }

  @Test
  void theGeneratedCasesCoverEveryKindTheCorpusHas() {
    List<String> names = malformed().stream().map(Fragment::name).toList();
    for (String kind : List.of("unclosed", "literal", "escape", "surrogate", "utf8", "number",
        "leading-zero", "trailing-comma", "comment", "nan", "single-quote", "control-char",
        "missing-separator", "stray-close")) {
      assertTrue(names.stream().anyMatch(name -> name.startsWith(kind)), kind);
    }
  }

  /** Finds {@value #CORPUS} in the working directory or a folder above it. */
  static Optional<Path> corpus() {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      Path candidate = at.resolve(CORPUS);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** One case: a name that says what is wrong, and the bytes. */
  record Fragment(String name, byte[] bytes) {
    static Fragment of(String name, String text) {
      return new Fragment(name, text.getBytes(UTF_8));
    }

    /** Text with raw bytes between its two halves: {@code "a} + bytes + {@code b"}. */
    static Fragment utf8(String name, int... raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write('"');
      out.write('a');
      for (int b : raw) {
        out.write(b);
      }
      out.write('b');
      out.write('"');
      return new Fragment("utf8 " + name, out.toByteArray());
    }
  }

  /** Malformed JSON of every kind JSONTestSuite's n_ files have. */
  static List<Fragment> malformed() {
    List<Fragment> cases = new ArrayList<>();
    String[][] texts = {
      {"unclosed array", "[1, 2"}, {"unclosed object", "{\"a\": 1"},
      {"unclosed string", "\"abc"}, {"unclosed nested", "[{\"a\": [{"},
      {"unclosed object after key", "{\"a\""}, {"unclosed object after colon", "{\"a\":"},
      {"unclosed empty array", "["}, {"unclosed empty object", "{"},
      {"literal truncated true", "tru"}, {"literal truncated null", "nul"},
      {"literal capitalised", "True"}, {"literal upper case", "NULL"},
      {"literal with tail", "falsey"}, {"literal undefined", "undefined"},
      {"literal bare word", "abc"}, {"literal empty value", ""}, {"literal white space", " \t\n "},
      {"escape unknown", "\"\\x41\""}, {"escape short unicode", "\"\\u12\""},
      {"escape bad hex", "\"\\uGGGG\""}, {"escape quote", "\"\\'\""},
      {"escape at end", "\"\\"}, {"escape upper U", "\"\\U0041\""},
      {"surrogate pair cut", "\"\\uD800\\u\""}, {"surrogate second bad hex", "\"\\uD834\\uDd\""},
      {"number dot without digits", "1."}, {"number leading dot", ".5"},
      {"number sign alone", "-"}, {"number plus", "+1"}, {"number exponent empty", "1e"},
      {"number exponent sign", "1e+"}, {"number hex", "0x1F"}, {"number underscore", "1_000"},
      {"number infinity", "Infinity"}, {"number minus infinity", "-Infinity"},
      {"number comma decimal", "1,5"},
      {"leading-zero", "01"}, {"leading-zero negative", "-01"}, {"leading-zero double", "00"},
      {"trailing-comma array", "[1,]"}, {"trailing-comma object", "{\"a\": 1,}"},
      {"trailing-comma leading array", "[,1]"}, {"trailing-comma leading object", "{,\"a\": 1}"},
      {"trailing-comma double", "[1,,2]"},
      {"comment block", "/* c */ 1"}, {"comment line", "// c\n1"},
      {"comment inside array", "[1 /* c */]"}, {"comment hash", "# c\n1"},
      {"nan", "NaN"}, {"nan negative", "-NaN"}, {"nan in array", "[NaN]"},
      {"single-quote string", "'a'"}, {"single-quote key", "{'a': 1}"},
      {"missing-separator unquoted key", "{a: 1}"},
      {"missing-separator comma", "[1 2]"}, {"missing-separator colon", "{\"a\" 1}"},
      {"missing-separator between members", "{\"a\": 1 \"b\": 2}"},
      {"missing-separator key without value", "{\"a\"}"},
      {"stray-close bracket", "]"}, {"stray-close brace", "}"}, {"stray-close colon", ":"},
      {"stray-close comma", ","}, {"stray-close mismatched", "[1}"},
      {"stray-close mismatched object", "{\"a\": 1]"},
      {"literal non-breaking space", "\u00a0[1]"}, {"literal form feed", "\f[1]"},
    };
    for (String[] text : texts) {
      cases.add(Fragment.of(text[0], text[1]));
    }
    for (int c = 0; c < 0x20; c++) {
      cases.add(Fragment.of(String.format("control-char U+%04X in a string", c),
          "\"a" + (char) c + "b\""));
    }
    cases.add(Fragment.utf8("overlong slash", 0xC0, 0xAF));
    cases.add(Fragment.utf8("encoded surrogate", 0xED, 0xA0, 0x80));
    cases.add(Fragment.utf8("five byte sequence", 0xF8, 0x88, 0x80, 0x80, 0x80));
    cases.add(Fragment.utf8("lone continuation byte", 0x80));
    cases.add(Fragment.utf8("truncated sequence", 0xE2, 0x82));
    cases.add(Fragment.utf8("byte ff", 0xFF));
    cases.add(Fragment.utf8("above U+10FFFF", 0xF4, 0x90, 0x80, 0x80));
    cases.add(Fragment.utf8("latin-1 e acute", 0xE9));
    return cases;
  }

  /** Fragments JSON allows but parsers may treat differently (JSONTestSuite's i_ kinds). */
  static List<Fragment> implementationDefined() {
    String[][] texts = {
      {"lone high surrogate", "\"\\uD800\""}, {"lone low surrogate", "\"\\uDC00\""},
      {"two high surrogates", "\"\\uDBFF\\uDBFF\""}, {"inverted pair", "\"\\uDFFF\\uD800\""},
      {"escaped nul", "\"a\\u0000b\""}, {"noncharacter", "\"\\uFFFF\""},
      {"huge exponent", "1e999999"}, {"tiny exponent", "-1e-999999"},
      {"exponent past int", "1E2147483648"}, {"thirty digits", "123456789012345678901234567890"},
      {"negative zero", "-0"}, {"duplicate keys inside", "{\"a\": 1, \"a\": 2}"},
      {"nesting 60 deep", "[".repeat(60) + "]".repeat(60)},
    };
    List<Fragment> cases = new ArrayList<>();
    for (String[] text : texts) {
      cases.add(Fragment.of(text[0], text[1]));
    }
    return cases;
  }

  private static byte[] embed(String before, byte[] fragment, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(UTF_8));
    out.writeBytes(fragment);
    out.writeBytes(after.getBytes(UTF_8));
    return out.toByteArray();
  }

  private static RoadmapDecodeException rejected(RoadmapCodec codec, byte[] input, String where) {
    assertEquals(Optional.empty(), DecodeOutcomes.decode(codec, input, () -> where), where);
    try {
      codec.decode(input);
    } catch (RoadmapDecodeException e) {
      return e;
    }
    throw new AssertionError(where + ": decoded");
  }

  /** The text before a fragment is valid and ends line 1, so the error cannot be on line 1. */
  private static void assertAtOrAfterLine2(RoadmapDecodeException e, String where) {
    assertTrue(e.line() >= 2, () -> where + ": " + e.getMessage());
  }
}
