package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * The dates, months and years of document format 1.0: their text forms and their range, declared
 * once for every module. A date is written {@code YYYY-MM-DD} ({@code "2021-03-18"}), a month
 * {@code YYYY-MM} ({@code "2022-05"}), both with exactly four ASCII digits for the year; a year
 * is an integer from {@value #MIN_YEAR} to {@value #MAX_YEAR} ({@code 2024}). Every value type of
 * the model checks its dates, months and years with this class when it is built, so a value that
 * the codec could not write and read back cannot be made.
 *
 * <p>For every date, month and year in range, {@code parseDate(format(date))} equals {@code
 * date}, and likewise for months and years.
 *
 * <pre>{@code
 * FormatDates.parseMonth("2022-05");          // 2022-05
 * FormatDates.format(LocalDate.of(21, 3, 18)); // "0021-03-18"
 * FormatDates.checkYear(Year.of(12345));      // IllegalArgumentException
 * }</pre>
 */
public final class FormatDates {
  /** The smallest year of a date, month or year of the format. */
  public static final int MIN_YEAR = 0;

  /** The largest year of a date, month or year of the format: the last that four digits write. */
  public static final int MAX_YEAR = 9999;

  private static final String DATE_EXAMPLE = "a date like \"2021-03-18\"";
  private static final String MONTH_EXAMPLE = "a year-month like \"2022-05\"";
  private static final String YEAR_RANGE =
      "a year (an integer from " + MIN_YEAR + " to " + MAX_YEAR + ")";

  private FormatDates() {}

  /**
   * Parses a date written {@code YYYY-MM-DD}.
   *
   * @param text the text, such as {@code "2021-03-18"}
   * @return the date
   * @throws IllegalArgumentException if {@code text} is not a date of that form, or names a day
   *     that does not exist ({@code "2021-02-30"}); the message quotes it
   */
  public static LocalDate parseDate(CharSequence text) {
    int day = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
        ? digits(text, 8, 10) : -1;
    int month = day >= 0 ? digits(text, 5, 7) : -1;
    int year = month >= 0 ? digits(text, 0, 4) : -1;
    if (year >= 0) {
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        // Falls through to the message that quotes the text: "2021-02-30" is no date.
      }
    }
    throw new IllegalArgumentException(
        "expected " + DATE_EXAMPLE + " but found " + Quoting.quote(text));
  }

  /**
   * Parses a month written {@code YYYY-MM}.
   *
   * @param text the text, such as {@code "2022-05"}
   * @return the month
   * @throws IllegalArgumentException if {@code text} is not a month of that form; the message
   *     quotes it
   */
  public static YearMonth parseMonth(CharSequence text) {
    int month = text.length() == 7 && text.charAt(4) == '-' ? digits(text, 5, 7) : -1;
    int year = month >= 1 && month <= 12 ? digits(text, 0, 4) : -1;
    if (year < 0) {
      throw new IllegalArgumentException(
          "expected " + MONTH_EXAMPLE + " but found " + Quoting.quote(text));
    }
    return YearMonth.of(year, month);
  }

  /**
   * Parses a year written as a decimal integer: one to four ASCII digits without a sign or a
   * leading zero ({@code "0"} is year 0), as a JSON number or a spreadsheet cell writes it.
   *
   * @param text the text, such as {@code "2024"}
   * @return the year
   * @throws IllegalArgumentException if {@code text} is not such a year; the message quotes it
   */
  public static Year parseYear(CharSequence text) {
    int length = text.length();
    int value = length >= 1 && length <= 4 && (length == 1 || text.charAt(0) != '0')
        ? digits(text, 0, length) : -1;
    if (value < 0) {
      throw new IllegalArgumentException(
          "expected " + YEAR_RANGE + " but found " + Quoting.quote(text));
    }
    return Year.of(value);
  }

  /**
   * Returns the year {@code value}, checked against the format's range.
   *
   * @param value the year number
   * @return the year
   * @throws IllegalArgumentException if {@code value} is not from {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}; the message names it
   */
  public static Year year(long value) {
    if (value < MIN_YEAR || value > MAX_YEAR) {
      throw new IllegalArgumentException("expected " + YEAR_RANGE + " but found " + value);
    }
    return Year.of((int) value);
  }

  /**
   * Checks that {@code date} lies in the format's years.
   *
   * @param date the date to check
   * @return {@code date}
   * @throws IllegalArgumentException if its year is not from {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}; the message names the date
   */
  public static LocalDate checkDate(LocalDate date) {
    if (!inRange(date.getYear())) {
      throw new IllegalArgumentException(
          "expected " + DATE_EXAMPLE + ", in a year from 0 to 9999, but found " + date);
    }
    return date;
  }

  /**
   * Checks that {@code month} lies in the format's years.
   *
   * @param month the month to check
   * @return {@code month}
   * @throws IllegalArgumentException if its year is not from {@value #MIN_YEAR} to
   *     {@value #MAX_YEAR}; the message names the month
   */
  public static YearMonth checkMonth(YearMonth month) {
    if (!inRange(month.getYear())) {
      throw new IllegalArgumentException(
          "expected " + MONTH_EXAMPLE + ", in a year from 0 to 9999, but found " + month);
    }
    return month;
  }

  /**
   * Checks that {@code year} lies in the format's range.
   *
   * @param year the year to check
   * @return {@code year}
   * @throws IllegalArgumentException if it is not from {@value #MIN_YEAR} to {@value #MAX_YEAR};
   *     the message names it
   */
  public static Year checkYear(Year year) {
    year(year.getValue());
    return year;
  }

  /**
   * Writes a date in its text form.
   *
   * @param date a date in a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return {@code "2021-03-18"}, the year in four digits
   * @throws IllegalArgumentException if the date is out of range
   */
  public static String format(LocalDate date) {
    // LocalDate.toString pads years below 1000 to four digits and signs only years past 9999.
    return checkDate(date).toString();
  }

  /**
   * Writes a month in its text form.
   *
   * @param month a month in a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return {@code "2022-05"}, the year in four digits
   * @throws IllegalArgumentException if the month is out of range
   */
  public static String format(YearMonth month) {
    return checkMonth(month).toString();
  }

  /**
   * Writes a year in its text form.
   *
   * @param year a year from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return {@code "2024"}, without leading zeros
   * @throws IllegalArgumentException if the year is out of range
   */
  public static String format(Year year) {
    return Integer.toString(checkYear(year).getValue());
  }

  private static boolean inRange(int year) {
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  // Checked by hand rather than by regular expression: a Matcher per project was a tenth of
  // what decoding allocated.

  /** Returns the number that ASCII digits {@code text[from, to)} write, or -1 if any is none. */
  private static int digits(CharSequence text, int from, int to) {
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
}
