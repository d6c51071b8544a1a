package io.github.ceproadmap.render;

import java.time.LocalDate;
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

  /** "18 March 2021". */
  static String day(LocalDate day) {
    return day.getDayOfMonth() + " " + month(YearMonth.from(day));
  }
}
