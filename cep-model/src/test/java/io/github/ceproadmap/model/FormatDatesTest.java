package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatDatesTest {
  @Test
  void everyDateMonthAndYearInRangeIsReadBackFromItsText() {
    qt().forAll(integers().between(FormatDates.MIN_YEAR, FormatDates.MAX_YEAR),
        integers().between(1, 12), integers().between(1, 31)).checkAssert((y, m, d) -> {
          YearMonth month = YearMonth.of(y, m);
          LocalDate date = month.atDay(Math.min(d, month.lengthOfMonth()));
          assertEquals(date, FormatDates.parseDate(FormatDates.format(date)));
          assertEquals(month, FormatDates.parseMonth(FormatDates.format(month)));
          assertEquals(Year.of(y), FormatDates.parseYear(FormatDates.format(Year.of(y))));
          assertEquals(10, FormatDates.format(date).length());
          assertEquals(7, FormatDates.format(month).length());
        });
  }

  @Test
  void writesEarlyYearsOfDatesAndMonthsInFourDigitsAndYearsWithout() {
    assertEquals("0021-03-18", FormatDates.format(LocalDate.of(21, 3, 18)));
    assertEquals("0000-01", FormatDates.format(YearMonth.of(0, 1)));
    assertEquals("21", FormatDates.format(Year.of(21)));
    assertEquals("9999-12-31", FormatDates.format(LocalDate.of(9999, 12, 31)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2021-3-18", "2021-03-18 ", "+2021-03-18", "-001-03-18",
      "10000-01-01", "2021-02-30", "2021-13-01", "2021-00-10", "2021/03/18", "２０２１-03-18"})
  void refusesTextThatIsNoDateAndQuotesIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FormatDates.parseDate(text));
    assertTrue(e.getMessage().startsWith("expected a date like \"2021-03-18\" but found \""),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2022-5", "2022-13", "2022-00", "+10000-01", "-0001-05",
      "2022-05-01", " 2022-05", "2022_05"})
  void refusesTextThatIsNoMonthAndQuotesIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FormatDates.parseMonth(text));
    assertTrue(e.getMessage().startsWith("expected a year-month like \"2022-05\" but found \""),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20000", "-1", "+2024", "02024", "00", "2024.0", "2 024", "٢٠٢٤"})
  void refusesTextThatIsNoYearAndQuotesIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> FormatDates.parseYear(text));
    assertTrue(e.getMessage().startsWith(
        "expected a year (an integer from 0 to 9999) but found \""), e.getMessage());
  }

  @Test
  void checksNameTheValueOutOfRange() {
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
        () -> FormatDates.checkDate(LocalDate.of(10_000, 1, 1)));
    assertTrue(date.getMessage().endsWith("but found +10000-01-01"), date.getMessage());
    IllegalArgumentException month = assertThrows(IllegalArgumentException.class,
        () -> FormatDates.checkMonth(YearMonth.of(-1, 5)));
    assertTrue(month.getMessage().endsWith("but found -0001-05"), month.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class,
        () -> FormatDates.checkYear(Year.of(12_345)));
    assertTrue(year.getMessage().endsWith("but found 12345"), year.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FormatDates.format(YearMonth.of(10_000, 1)));
    assertEquals(Year.of(9999), FormatDates.checkYear(Year.of(9999)));
    assertEquals(Year.of(0), FormatDates.year(0));
  }
}
