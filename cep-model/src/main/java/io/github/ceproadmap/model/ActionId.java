package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import org.jspecify.annotations.Nullable;

/**
 * The id of an action, {@code P.S}: the number of its pathway ({@code 0} for a cross-cutting
 * action) and its sequence number within that pathway ({@code 2.5} is the fifth action of
 * pathway 2).
 *
 * <p>Ids are compared numerically, pathway first, so {@code 2.10} comes after {@code 2.9}. The
 * text form has no sign, no leading zeros, no white space and at most nine digits per number; {@link #parse(CharSequence)} and
 * {@link #toString()} convert between the two forms, and {@code parse(id.toString())} equals
 * {@code id}.
 */
public final class ActionId implements Comparable<ActionId> {
  /** The largest pathway or sequence number an id can hold: 999,999,999 (nine digits). */
  public static final int MAX_NUMBER = 999_999_999;

  private final int pathway;
  private final int sequence;

  private ActionId(int pathway, int sequence) {
    this.pathway = pathway;
    this.sequence = sequence;
  }

  /**
   * Returns the id of action {@code sequence} in pathway {@code pathway}.
   *
   * @param pathway the pathway number, {@code 0} for a cross-cutting action
   * @param sequence the sequence number within the pathway, at least 1
   * @return the id
   * @throws IllegalArgumentException if {@code pathway} is negative, {@code sequence} is below 1,
   *     or either is above {@link #MAX_NUMBER}
   */
  public static ActionId of(int pathway, int sequence) {
    if (pathway < 0 || sequence < 1 || pathway > MAX_NUMBER || sequence > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "an action id needs a pathway from 0 and a sequence from 1, both up to " + MAX_NUMBER
              + ", but got pathway " + pathway + " and sequence " + sequence);
    }
    return new ActionId(pathway, sequence);
  }

  /**
   * Parses the text form {@code P.S}, such as {@code "2.5"} or {@code "0.1"}.
   *
   * @param text the text to parse
   * @return the id
   * @throws IllegalArgumentException if {@code text} is not an action id; the message quotes it,
   *     as in {@code expected an action id like "2.5" but found "2.x"}
   */
  public static ActionId parse(CharSequence text) {
    ActionId id = tryParse(text, 0);
    if (id == null) {
      throw new IllegalArgumentException(
          "expected an action id like \"2.5\" but found " + Quoting.quote(text));
    }
    return id;
  }

  /** Parses {@code text} from {@code start} to its end, or returns null if it is no id. */
  static @Nullable ActionId tryParse(CharSequence text, int start) {
    int dot = -1;
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == '.') {
        dot = i;
        break;
      }
    }
    if (dot < 0) {
      return null;
    }
    int pathway = parseNumber(text, start, dot);
    int sequence = parseNumber(text, dot + 1, text.length());
    if (pathway < 0 || sequence < 1) {
      return null;
    }
    return new ActionId(pathway, sequence);
  }

  /**
   * Returns the decimal number in {@code text[from, to)}, or -1 if it is empty, has a character
   * other than an ASCII digit, has a leading zero, or has more than nine digits.
   */
  private static int parseNumber(CharSequence text, int from, int to) {
    if (from >= to || to - from > 9 || (text.charAt(from) == '0' && to - from > 1)) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the pathway number.
   *
   * @return the pathway number, {@code 0} for a cross-cutting action
   */
  public int pathway() {
    return pathway;
  }

  /**
   * Returns the sequence number within the pathway.
   *
   * @return the sequence number, at least 1
   */
  public int sequence() {
    return sequence;
  }

  /**
   * Tells whether this is the id of a cross-cutting action (pathway {@code 0}).
   *
   * @return whether the pathway number is 0
   */
  public boolean isCrossCutting() {
    return pathway == 0;
  }

  /**
   * Orders ids numerically by pathway, then by sequence.
   *
   * @param other the id to compare with
   * @return a negative number, zero or a positive number as this id comes before, equals or
   *     comes after {@code other}
   */
  @Override
  public int compareTo(ActionId other) {
    int byPathway = Integer.compare(pathway, other.pathway);
    return byPathway != 0 ? byPathway : Integer.compare(sequence, other.sequence);
  }

  /**
   * Two ids are equal when their pathway and sequence numbers are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same id
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ActionId
        && ((ActionId) other).pathway == pathway
        && ((ActionId) other).sequence == sequence;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    // Not 31 * pathway + sequence: with sequences above 31, ids such as 1.40 and 2.9 shared a
    // hash, and maps of a large roadmap's 20,000 ids spent their time comparing keys.
    return pathway * 1_000_003 + sequence;
  }

  /**
   * Returns the text form, such as {@code "2.5"}.
   *
   * @return {@code pathway + "." + sequence}
   */
  @Override
  public String toString() {
    return pathway + "." + sequence;
  }
}
