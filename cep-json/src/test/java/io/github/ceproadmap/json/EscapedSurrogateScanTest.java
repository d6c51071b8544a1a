package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The scan that sends encoded output with an escaped surrogate down the text path skips eight
 * bytes at a time where no backslash is; it must find exactly what a byte-by-byte scan finds,
 * wherever an escape falls against those eight-byte words.
 */
class EscapedSurrogateScanTest {
  private static final char[] ALPHABET = {'\\', 'u', 'D', 'd', '8', 'b', 'C', 'a'};

  @Test
  void findsWhatAByteByByteScanFindsAtEveryOffset() {
    int checked = 0;
    int found = 0;
    for (int prefix : new int[] {0, 1, 3, 7, 8, 9, 15}) {
      for (int length = 0; length <= 7; length++) {
        int[] digits = new int[length];
        do {
          byte[] json = text(prefix, digits);
          boolean expected = byteByByte(json);
          assertEquals(expected, DocumentText.hasEscapedSurrogate(json),
              () -> new String(json, StandardCharsets.US_ASCII));
          checked++;
          found += expected ? 1 : 0;
        } while (increment(digits));
      }
    }
    assertTrue(found > 1000 && checked - found > 1000, "both outcomes are covered");
  }

  @Test
  void anEscapedBackslashBeforeUIsNoEscape() {
    assertFalse(DocumentText.hasEscapedSurrogate(ascii("{\"a\":\"\\\\uD800\"}")));
    assertTrue(DocumentText.hasEscapedSurrogate(ascii("{\"a\":\"\\\\\\uD800\"}")));
    assertTrue(DocumentText.hasEscapedSurrogate(ascii("{\"abcdefgh\":\"x\\udbff\"}")));
  }

  private static byte[] text(int prefix, int[] digits) {
    byte[] json = new byte[prefix + digits.length];
    for (int i = 0; i < prefix; i++) {
      json[i] = 'x';
    }
    for (int i = 0; i < digits.length; i++) {
      json[prefix + i] = (byte) ALPHABET[digits[i]];
    }
    return json;
  }

  private static boolean increment(int[] digits) {
    for (int i = 0; i < digits.length; i++) {
      if (++digits[i] < ALPHABET.length) {
        return true;
      }
      digits[i] = 0;
    }
    return false;
  }

  /** The scan as it was, one byte at a time: the definition. */
  private static boolean byteByByte(byte[] json) {
    for (int i = 0; i < json.length - 5; i++) {
      if (json[i] == '\\') {
        if (json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')
            && "89ABab".indexOf(json[i + 3]) >= 0) {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
