package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionIdTest {

  @Test
  void parsesPathwayAndSequence() {
    ActionId id = ActionId.parse("2.5");
    assertEquals(2, id.pathway());
    assertEquals(5, id.sequence());
    assertEquals("2.5", id.toString());
    assertTrue(ActionId.parse("0.1").isCrossCutting());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.x", "02.1", "2.01", "2.", ".1", " 2.1", "2.1 ", "-1.1", "+1.1", "2.0",
      "2", "", "2..1", "2.1.1", "1000000000.1", "1.1000000000", "99999999999999999999.1", "２.１"})
  void rejectsMalformedTextQuotingIt(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ActionId.parse(text));
    assertEquals("expected an action id like \"2.5\" but found \"" + text + "\"", error.getMessage());
  }

  @Test
  void acceptsTheLargestNumbers() {
    ActionId id = ActionId.parse("999999999.999999999");
    assertEquals(ActionId.MAX_NUMBER, id.pathway());
    assertEquals(ActionId.MAX_NUMBER, id.sequence());
  }

  @Test
  void ofRejectsNumbersThatHaveNoTextForm() {
    assertThrows(IllegalArgumentException.class, () -> ActionId.of(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> ActionId.of(1, 0));
    assertThrows(IllegalArgumentException.class, () -> ActionId.of(ActionId.MAX_NUMBER + 1, 1));
    assertThrows(IllegalArgumentException.class, () -> ActionId.of(1, ActionId.MAX_NUMBER + 1));
  }

  @Test
  void ordersNumericallyNotAsText() {
    List<ActionId> ids = new ArrayList<>(List.of(
        ActionId.parse("2.10"), ActionId.parse("10.1"), ActionId.parse("2.9"),
        ActionId.parse("0.3"), ActionId.parse("2.1")));
    ids.sort(null);
    assertEquals("[0.3, 2.1, 2.9, 2.10, 10.1]", ids.toString());
  }

  @Test
  void printAndParseRoundTrip() {
    qt().forAll(integers().between(0, ActionId.MAX_NUMBER), integers().between(1, ActionId.MAX_NUMBER))
        .checkAssert((pathway, sequence) -> {
          ActionId id = ActionId.of(pathway, sequence);
          assertEquals(id, ActionId.parse(id.toString()));
          assertEquals(pathway + "." + sequence, id.toString());
        });
  }

  @Test
  void orderAgreesWithNumbersAndEquality() {
    qt().forAll(integers().between(0, 50), integers().between(1, 50), integers().between(0, 50),
            integers().between(1, 50))
        .checkAssert((p1, s1, p2, s2) -> {
          ActionId a = ActionId.of(p1, s1);
          ActionId b = ActionId.of(p2, s2);
          int expected = p1.equals(p2) ? Integer.compare(s1, s2) : Integer.compare(p1, p2);
          assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)));
          assertEquals(expected == 0, a.equals(b));
          if (a.equals(b)) {
            assertEquals(a.hashCode(), b.hashCode());
          }
          assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        });
  }
}
