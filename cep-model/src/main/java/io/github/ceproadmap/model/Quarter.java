package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A calendar quarter, such as the first quarter of 2024: the period a quarterly project
 * dashboard reports on ({@code CEP project dashboard Q1 2024}).
 *
 * <p>Its text form is {@code YYYY-Qn}, as in {@code "2024-Q1"}, and {@code
 * parse(quarter.toString())} equals {@code quarter}; {@link #label()} gives the form people read,
 * {@code "Q1 2024"}. Years are those of {@link FormatDates}, 0 to 9999. Quarters order
 * by time.
 *
 * <pre>{@code
 * Quarter q1 = Quarter.parse("2024-Q1");
 * q1.firstMonth();  // 2024-01
 * q1.lastMonth();   // 2024-03
 * q1.label();       // "Q1 2024"
 * Quarter.of(YearMonth.of(2024, 5)); // 2024-Q2
 * }</pre>
 */
public final class Quarter implements Comparable<Quarter> {
  private final int year;
  private final int quarter;

  private Quarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Returns quarter {@code quarter} of year {@code year}.
   *
   * @param year the year, from 0 to 9999
   * @param quarter the quarter of the year, from 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if the year or the quarter is out of range; the message
   *     names the value
   */
  public static Quarter of(int year, int quarter) {
    FormatDates.year(year);
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("expected a quarter from 1 to 4 but found " + quarter);
    }
    return new Quarter(year, quarter);
  }

  /**
   * Returns the quarter that holds {@code month}.
   *
   * @param month the month, in a year from 0 to 9999
   * @return the quarter, {@code 2024-Q2} for {@code 2024-05}
   * @throws IllegalArgumentException if the month's year is out of range
   */
  public static Quarter of(YearMonth month) {
    return of(month.getYear(), (month.getMonthValue() + 2) / 3);
  }

  /**
   * Parses the text form {@code YYYY-Qn}: four ASCII digits, {@code -Q} and a digit from 1 to 4.
   *
   * @param text the text to parse, such as {@code "2024-Q1"}
   * @return the quarter
   * @throws IllegalArgumentException if {@code text} is not a quarter; the message quotes it, as
   *     in {@code expected a quarter like "2024-Q1" but found "Q1 2024"}
   */
  public static Quarter parse(CharSequence text) {
    int year = text.length() == 7 && text.charAt(4) == '-' && text.charAt(5) == 'Q'
        ? digits(text)
        : -1;
    char quarter = year >= 0 ? text.charAt(6) : '0';
    if (quarter < '1' || quarter > '4') {
      throw new IllegalArgumentException(
          "expected a quarter like \"2024-Q1\" but found " + Quoting.quote(text));
    }
    return new Quarter(year, quarter - '0');
  }

  /** Returns the number the first four characters write in ASCII digits, or -1 if any is none. */
  private static int digits(CharSequence text) {
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Returns the year.
   *
   * @return the year, from 0 to 9999
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the quarter's first month.
   *
   * @return {@code 2024-01} for {@code 2024-Q1}
   */
  public YearMonth firstMonth() {
    return YearMonth.of(year, quarter * 3 - 2);
  }

  /**
   * Returns the quarter's last month.
   *
   * @return {@code 2024-03} for {@code 2024-Q1}
   */
  public YearMonth lastMonth() {
    return YearMonth.of(year, quarter * 3);
  }

  /**
   * Returns the quarter as people write it on a dashboard.
   *
   * @return {@code "Q1 2024"} for {@code 2024-Q1}
   */
  public String label() {
    return "Q" + quarter + " " + year;
  }

  /**
   * Orders quarters by time.
   *
   * @param other the quarter to compare with
   * @return a negative number, zero or a positive number as this quarter comes before, equals or
   *     comes after {@code other}
   */
  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year)
        : Integer.compare(quarter, other.quarter);
  }

  /**
   * Two quarters are equal when their years and quarters are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same quarter
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Quarter that && that.year == year && that.quarter == quarter;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /**
   * Returns the text form, which {@link #parse(CharSequence)} reads.
   *
   * @return {@code "2024-Q1"}, the year in four digits
   */
  @Override
  public String toString() {
    // Not String.format: its parsing of the pattern was a twentieth of encoding a small roadmap.
    // The year is 0 to 9999, so padding to four digits takes at most three zeros.
    String digits = Integer.toString(year);
    return "000".substring(digits.length() - 1) + digits + "-Q" + quarter;
  }
}
