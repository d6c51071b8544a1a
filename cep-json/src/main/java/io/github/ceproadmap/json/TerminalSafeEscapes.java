package io.github.ceproadmap.json;

import io.github.ceproadmap.model.internal.Quoting;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * Jackson character escapes for JSON that may end up on a terminal, such as reports: besides
 * JSON's own escapes, every character that text for a person must not carry raw (DEL, C1
 * controls, Unicode bidirectional controls, line and paragraph separators: the characters that
 * finding messages escape) is written as its {@code \\uXXXX} escape, and so is every surrogate,
 * so that a lone one survives too. The JSON still holds the exact text; only its spelling differs.
 *
 * <pre>{@code
 * String json = mapper.writer().with(TerminalSafeEscapes.INSTANCE).writeValueAsString(value);
 * }</pre>
 *
 * <p>{@link DocumentReport#toJson} writes with them. Instances are immutable.
 */
public final class TerminalSafeEscapes extends CharacterEscapes {
  /** The one instance. */
  public static final TerminalSafeEscapes INSTANCE = new TerminalSafeEscapes();

  private static final long serialVersionUID = 1L;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalSafeEscapes() {}

  /**
   * Returns JSON's standard escapes of ASCII, with DEL escaped too.
   *
   * @return a new array of 128 escape codes
   */
  @Override
  public int[] getEscapeCodesForAscii() {
    int[] codes = standardAsciiEscapesForJSON();
    codes[0x7f] = ESCAPE_STANDARD;
    return codes;
  }

  /**
   * Returns the {@code \\uXXXX} escape of a character beyond ASCII that text for a person must
   * not carry raw, or of a surrogate.
   *
   * @param ch the character
   * @return its escape, or null to write it as it is
   */
  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    // Jackson asks char by char, so a lone surrogate cannot be told from half a pair: both are
    // escaped, which keeps a lone one exact (written raw it would become "?") and a pair too.
    if (ch > 0xffff || !(Quoting.isUnsafe((char) ch) || Character.isSurrogate((char) ch))) {
      return null;
    }
    return new SerializedString(new String(new char[] {'\\', 'u', HEX[ch >> 12],
        HEX[(ch >> 8) & 0xf], HEX[(ch >> 4) & 0xf], HEX[ch & 0xf]}));
  }
}
