package io.github.ceproadmap.testkit;

import io.github.ceproadmap.model.FormatDates;
import java.time.YearMonth;

/** Months counted from January of year 0000, the first month a roadmap may name. */
final class Months {
  /** December 9999, the last month a roadmap may name. */
  static final int LAST = index(YearMonth.of(FormatDates.MAX_YEAR, 12));

  private Months() {}

  static int index(YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }

  static YearMonth month(int index) {
    return YearMonth.of(index / 12, index % 12 + 1);
  }
}
