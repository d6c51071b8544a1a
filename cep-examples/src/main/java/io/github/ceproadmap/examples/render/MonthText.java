package io.github.ceproadmap.examples.render;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** Months and durations written as people write them on a project card: "May 2022". */
final class MonthText {
  private MonthText() {}

  /** "May 2022". */
  static String month(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  /** "1 month", "13 months". */
  static String duration(int months) {
    return months + (months == 1 ? " month" : " months");
  }

  /** "Q1 2024": the calendar quarter the month falls in. */
  static String quarter(YearMonth month) {
    return "Q" + ((month.getMonthValue() + 2) / 3) + " " + month.getYear();
  }
}
