package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectIdTest {

  @Test
  void namesItsMainAction() {
    ProjectId id = ProjectId.parse("P2.1");
    assertEquals(ActionId.parse("2.1"), id.actionId());
    assertEquals("P2.1", id.toString());
    assertEquals(id, ProjectId.of(ActionId.of(2, 1)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.1", "p2.1", "P", "P2.x", "P02.1", "P 2.1", "PP2.1", "P-1.1", "P2.",
      "P1.1000000000", ""})
  void rejectsMalformedTextQuotingIt(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProjectId.parse(text));
    assertEquals(
        "expected a project id like \"P2.1\" but found \"" + text + "\"", error.getMessage());
  }

  @Test
  void printAndParseRoundTripAndOrderLikeActionIds() {
    qt().forAll(integers().between(0, ActionId.MAX_NUMBER), integers().between(1, ActionId.MAX_NUMBER),
            integers().between(0, 20), integers().between(1, 20))
        .checkAssert((p1, s1, p2, s2) -> {
          ProjectId a = ProjectId.of(ActionId.of(p1, s1));
          ProjectId b = ProjectId.of(ActionId.of(p2, s2));
          assertEquals(a, ProjectId.parse(a.toString()));
          assertEquals(Integer.signum(a.actionId().compareTo(b.actionId())),
              Integer.signum(a.compareTo(b)));
          assertTrue(a.toString().startsWith("P"));
        });
  }
}
