package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One way to damage a document, for the mutation fuzzer: from flipped bits to a 100,000-deep
 * nesting. Each takes the document's bytes and a seeded random generator and returns new bytes;
 * the same seed gives the same damage.
 */
enum Mutation {
  /** Flips one to four bits anywhere. */
  FLIP_BITS {
    @Override
    byte[] apply(byte[] doc, SplittableRandom random) {
      byte[] out = doc.clone();
      for (int i = 1 + random.nextInt(4); i > 0 && out.length > 0; i--) {
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
      }
      return out;
    }
  },

  /** Sets one byte to any value, or to a character that means something in JSON. */
  REPLACE_BYTE {
    @Override
    byte[] apply(byte[] doc, SplittableRandom random) {
      byte[] out = doc.clone();
      if (out.length > 0) {
        out[random.nextInt(out.length)] = random.nextBoolean()
            ? (byte) random.nextInt(256)
            : (byte) JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length()));
      }
      return out;
    }
  },

  /** Cuts the document short. */
  TRUNCATE {
    @Override
    byte[] apply(byte[] doc, SplittableRandom random) {
      return java.util.Arrays.copyOf(doc, doc.length == 0 ? 0 : random.nextInt(doc.length));
    }
  },

  /** Deletes one to three consecutive tokens. */
  DELETE_TOKENS {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      int first = random.nextInt(tokens.size());
      int last = Math.min(tokens.size() - 1, first + random.nextInt(3));
      return text.substring(0, tokens.get(first).start()) + text.substring(tokens.get(last).end());
    }
  },

  /** Repeats one to four consecutive tokens, which can repeat a whole member or element. */
  DUPLICATE_TOKENS {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      int first = random.nextInt(tokens.size());
      int last = Math.min(tokens.size() - 1, first + random.nextInt(4));
      String span = text.substring(tokens.get(first).start(), tokens.get(last).end());
      return text.substring(0, tokens.get(last).end()) + span
          + text.substring(tokens.get(last).end());
    }
  },

  /** Swaps two tokens. */
  SWAP_TOKENS {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      int a = random.nextInt(tokens.size());
      int b = random.nextInt(tokens.size());
      JsonTokens.Token first = tokens.get(Math.min(a, b));
      JsonTokens.Token second = tokens.get(Math.max(a, b));
      if (first == second) {
        return text;
      }
      return text.substring(0, first.start()) + span(text, second)
          + text.substring(first.end(), second.start()) + span(text, first)
          + text.substring(second.end());
    }
  },

  /** Replaces a scalar with a value of another type, or an opening bracket with a brace. */
  SWAP_TYPE {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      JsonTokens.Token token = tokens.get(random.nextInt(tokens.size()));
      if (token.kind() == JsonTokens.Kind.PUNCTUATION) {
        String swapped = switch (text.charAt(token.start())) {
          case '[' -> "{";
          case '{' -> "[";
          case ']' -> "}";
          case '}' -> "]";
          default -> pick(random, ":", ",", "[", "{");
        };
        return replace(text, token, swapped);
      }
      return replace(text, token, pick(random, "\"7\"", "7", "true", "false", "null", "[]", "{}",
          "[1]", "{\"a\": 1}", "\"\"", "\"1.1\"", "\"P1.1\"", "\"2022-13\"", "\"partner\"",
          "\"running\"", "\"1.0\"", "\"2.0\"", "\"Bad Slug\""));
    }
  },

  /** Replaces a number, or any scalar, with an extreme, negative, fractional or long number. */
  ODD_NUMBER {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      JsonTokens.Token token = pickToken(tokens, random, JsonTokens.Kind.NUMBER);
      String number = switch (random.nextInt(4)) {
        case 0 -> pick(random, "-1", "0", "-0", "0.0", "2147483647", "2147483648", "-2147483649",
            "9223372036854775808", "1e400", "-1e-400", "1E2147483648", "1e-2147483649", "0.5",
            "13.0", "1.3e1", "1.0E+2", "100e-2", "1e0", "0.000000000000000000001");
        case 1 -> (random.nextBoolean() ? "-" : "") + "9".repeat(1 + random.nextInt(120));
        case 2 -> "1" + "0".repeat(98 + random.nextInt(4));
        default -> "1." + "0".repeat(random.nextInt(200)) + "e" + (random.nextBoolean() ? "-" : "")
            + random.nextInt(Integer.MAX_VALUE);
      };
      return replace(text, token, number);
    }
  },

  /** Wraps a value in arrays or objects, from a few levels to 100,000. */
  DEEP_NESTING {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      JsonTokens.Token token = pickToken(tokens, random, JsonTokens.Kind.STRING);
      int[] depths = {2, 10, 62, 63, 64, 65, 200, 5_000, 100_000};
      int depth = depths[random.nextInt(random.nextInt(20) == 0 ? depths.length : 7)];
      boolean arrays = random.nextBoolean();
      String open = arrays ? "[" : "{\"k\":";
      String close = arrays ? "]" : "}";
      // Sometimes unbalanced, as a truncated deep document would be.
      int closing = random.nextInt(4) == 0 ? random.nextInt(depth + 1) : depth;
      return text.substring(0, token.start()) + open.repeat(depth) + span(text, token)
          + close.repeat(closing) + text.substring(token.end());
    }
  },

  /** Replaces a string with a long one, near and past the string length limit. */
  LONG_STRING {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      JsonTokens.Token token = pickToken(tokens, random, JsonTokens.Kind.STRING);
      int limit = DecodeLimits.DEFAULT_MAX_STRING_LENGTH;
      int[] lengths = {1_000, 65_536, limit - 1, limit, limit + 1};
      int length = random.nextInt(40) == 0 ? lengths[1 + random.nextInt(4)] : lengths[0];
      // Each unit, escaped or not, decodes to one character; long strings skip the six-byte one.
      String unit = length > 1_000
          ? pick(random, "x", "é", "回", "\\n")
          : pick(random, "x", "é", "回", "\\n", "\\u00e9");
      return replace(text, token, "\"" + unit.repeat(length) + "\"");
    }
  },

  /** Inserts a byte sequence that is not UTF-8. */
  INVALID_UTF8 {
    @Override
    byte[] apply(byte[] doc, SplittableRandom random) {
      int[][] sequences = {
        {0x80}, {0xBF}, {0xC0, 0xAF}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80},
        {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF8, 0x88, 0x80, 0x80, 0x80},
        {0xFE}, {0xFF}, {0xE2, 0x82}, {0xF0, 0x9F, 0x8C}, {0xC3}
      };
      return insert(doc, random.nextInt(doc.length + 1), sequences[random.nextInt(sequences.length)]);
    }
  },

  /** Adds a byte order mark: UTF-8 at the start (allowed), twice, in the middle, or UTF-16. */
  BYTE_ORDER_MARK {
    @Override
    byte[] apply(byte[] doc, SplittableRandom random) {
      int[] utf8 = {0xEF, 0xBB, 0xBF};
      return switch (random.nextInt(5)) {
        case 0 -> insert(doc, 0, utf8);
        case 1 -> insert(insert(doc, 0, utf8), 0, utf8);
        case 2 -> insert(doc, random.nextInt(doc.length + 1), utf8);
        case 3 -> insert(doc, 0, new int[] {0xFE, 0xFF});
        default -> insert(doc, 0, new int[] {0xFF, 0xFE});
      };
    }
  },

  /** Inserts a raw control character, anywhere or inside a string. */
  CONTROL_CHARACTER {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      int code = random.nextInt(5) == 0 ? 0x7F : random.nextInt(0x20);
      JsonTokens.Token token = pickToken(tokens, random, JsonTokens.Kind.STRING);
      int at = random.nextBoolean() && token.end() - token.start() > 1
          ? token.start() + 1
          : random.nextInt(text.length() + 1);
      return text.substring(0, at) + (char) code + text.substring(at);
    }
  },

  /** Puts an escape into a string: a lone surrogate, NUL, a bad or a cut escape. */
  ODD_ESCAPE {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      JsonTokens.Token token = pickToken(tokens, random, JsonTokens.Kind.STRING);
      int at = Math.min(token.start() + 1, text.length());
      return text.substring(0, at) + pick(random, "\\uD800", "\\uDC00", "\\uDBFF\\uDFFF",
          "\\uDFFF\\uD800", "\\u0000", "\\x", "\\u12", "\\uZZZZ", "\\/", "\\\\", "\\\"",
          "\\b\\f\\n\\r\\t", "\\uFEFF", "\\", "\\'", "\\U0041") + text.substring(at);
    }
  },

  /** Inserts something JSON does not allow: comments, NaN, quotes, stray punctuation. */
  NOT_JSON {
    @Override
    String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
      int at = tokens.get(random.nextInt(tokens.size())).start();
      return text.substring(0, at) + pick(random, "/* c */", "// c\n", "# c\n", ",", ",,", "NaN",
          "Infinity", "'a'", "01", "}", "]", "{", "[", ":", "undefined", "\u00a0", "\f", "\u2028")
          + text.substring(at);
    }
  };

  private static final String JSON_CHARACTERS = "{}[]:,\"\\ 0123456789-+.eEtfnul\n\t";

  /** Applies this mutation to bytes; the text mutations see the bytes as UTF-8 text. */
  byte[] apply(byte[] doc, SplittableRandom random) {
    String text = new String(doc, UTF_8);
    List<JsonTokens.Token> tokens = JsonTokens.of(text);
    if (tokens.isEmpty()) {
      return doc;
    }
    return apply(text, tokens, random).getBytes(UTF_8);
  }

  /** Applies a text mutation; {@code tokens} is never empty. */
  String apply(String text, List<JsonTokens.Token> tokens, SplittableRandom random) {
    throw new UnsupportedOperationException(name() + " mutates bytes");
  }

  private static String span(String text, JsonTokens.Token token) {
    return text.substring(token.start(), token.end());
  }

  private static String replace(String text, JsonTokens.Token token, String with) {
    return text.substring(0, token.start()) + with + text.substring(token.end());
  }

  /** Picks a token of {@code kind} if a random probe finds one, else any token. */
  private static JsonTokens.Token pickToken(
      List<JsonTokens.Token> tokens, SplittableRandom random, JsonTokens.Kind kind) {
    for (int tries = 0; tries < 20; tries++) {
      JsonTokens.Token token = tokens.get(random.nextInt(tokens.size()));
      if (token.kind() == kind) {
        return token;
      }
    }
    return tokens.get(random.nextInt(tokens.size()));
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static byte[] insert(byte[] doc, int at, int[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(doc.length + bytes.length);
    out.write(doc, 0, at);
    for (int b : bytes) {
      out.write(b);
    }
    out.write(doc, at, doc.length - at);
    return out.toByteArray();
  }
}
