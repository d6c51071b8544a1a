package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QuarterTest {
  @Test
  void theFirstQuarterOf2024RunsFromJanuaryToMarch() {
    Quarter q1 = Quarter.parse("2024-Q1");

    assertEquals(2024, q1.year());
    assertEquals(1, q1.quarter());
    assertEquals(YearMonth.of(2024, 1), q1.firstMonth());
    assertEquals(YearMonth.of(2024, 3), q1.lastMonth());
    assertEquals("Q1 2024", q1.label());
    assertEquals("2024-Q1", q1.toString());
  }

  @Test
  void everyMonthLiesInTheQuarterItNames() {
    qt().forAll(integers().between(0, 9999), integers().between(1, 12)).checkAssert((y, m) -> {
      YearMonth month = YearMonth.of(y, m);
      Quarter quarter = Quarter.of(month);
      assertTrue(!month.isBefore(quarter.firstMonth()) && !month.isAfter(quarter.lastMonth()),
          () -> month + " in " + quarter);
      assertEquals(quarter, Quarter.parse(quarter.toString()));
    });
  }

  @Test
  void quartersOrderByTime() {
    assertTrue(Quarter.parse("2023-Q4").compareTo(Quarter.parse("2024-Q1")) < 0);
    assertTrue(Quarter.parse("2024-Q2").compareTo(Quarter.parse("2024-Q1")) > 0);
    assertEquals(0, Quarter.of(2024, 1).compareTo(Quarter.parse("2024-Q1")));
  }

  @Test
  void writesEarlyYearsInFourDigits() {
    assertEquals("0001-Q3", Quarter.of(1, 3).toString());
    assertEquals(Quarter.of(1, 3), Quarter.parse("0001-Q3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Q1 2024", "2024-Q0", "2024-Q5", "2024-q1", "24-Q1", "2024Q1",
      "2024-Q1 ", "+2024-Q1", "２０２４-Q1", "2024-Q"})
  void refusesTextThatIsNoQuarterAndQuotesIt(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));

    assertTrue(e.getMessage().startsWith("expected a quarter like \"2024-Q1\" but found \""),
        e.getMessage());
  }

  @Test
  void refusesYearsAndQuartersOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(10_000, 1));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(2024, 0));
    assertThrows(IllegalArgumentException.class, () -> Quarter.of(YearMonth.of(10_000, 1)));
  }
}
