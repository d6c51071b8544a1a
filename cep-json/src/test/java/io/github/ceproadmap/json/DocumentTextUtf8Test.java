package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The in-place UTF-8 check that lets {@code decode(byte[])} skip the text copy accepts exactly
 * what the JDK's decoder, which the text path uses, accepts: otherwise the two paths would
 * disagree about which documents are UTF-8.
 */
class DocumentTextUtf8Test {
  /** Continuation bytes at the edges of every range that table 3-7 allows, and a few that fail. */
  private static final int[] TAILS = {0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0};
  private final CharsetDecoder jdk = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  @Test
  void agreesWithTheJdkDecoderOnSequencesOfOneToFourBytesAfterAnAsciiPrefix() {
    for (int lead = 0x01; lead <= 0xFF; lead++) {
      agree(new byte[] {'{', 'a', 'b', 'c', (byte) lead});
      for (int second = 0; second <= 0xFF; second++) {
        agree(new byte[] {'{', 'a', 'b', 'c', (byte) lead, (byte) second});
        if (lead < 0xC0) {
          continue; // An ASCII or continuation lead: the bytes after it start anew.
        }
        for (int third : TAILS) {
          agree(new byte[] {'{', 'a', 'b', 'c', (byte) lead, (byte) second, (byte) third});
          for (int fourth : TAILS) {
            agree(new byte[] {'{', 'a', 'b', 'c', (byte) lead, (byte) second, (byte) third,
                (byte) fourth, ' '});
          }
        }
      }
    }
  }

  @Test
  void agreesWithTheJdkDecoderOnTwoByteSequencesAfterAWholeWordOfAscii() {
    // Past eight ASCII bytes, which the check skips a word at a time, and at the very end.
    for (int lead = 0x01; lead <= 0xFF; lead++) {
      for (int second = 0; second <= 0xFF; second++) {
        agree(new byte[] {'{', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', (byte) lead, (byte) second});
        agree(new byte[] {'{', 'a', 'b', 'c', 'd', 'e', 'f', 'g', (byte) lead, (byte) second, 'i',
            'j', 'k', 'l', 'm', 'n', 'o', 'p'});
      }
    }
  }

  @Test
  void acceptsTextInEveryScriptTheGeneratorUses() {
    assertTrue(DocumentText.isPlainUtf8(
        "{\"title\": \"matériaux 回收 e-waste 🌍 ünïcödé\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void sendsZeroBytesAtTheStartToTheTextPathWhereJacksonWouldGuessUtf16() {
    assertFalse(DocumentText.isPlainUtf8(new byte[] {0, '{', 0, '}'}));
    assertFalse(DocumentText.isPlainUtf8(new byte[] {'{', 0, '}', 0}));
  }

  private void agree(byte[] bytes) {
    assertEquals(jdkAccepts(bytes), DocumentText.isPlainUtf8(bytes),
        () -> HexFormat.ofDelimiter(" ").formatHex(bytes));
  }

  private boolean jdkAccepts(byte[] bytes) {
    CharBuffer out = CharBuffer.allocate(bytes.length);
    return !jdk.reset().decode(ByteBuffer.wrap(bytes), out, true).isError()
        && !jdk.flush(out).isError();
  }
}
