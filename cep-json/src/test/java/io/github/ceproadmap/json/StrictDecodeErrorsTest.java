package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of error a strict decode reports, each pinning the problem, the line, the
 * column and the pointer. Every document is {@link #VALID} with one change.
 */
class StrictDecodeErrorsTest {
  /** A small valid document; the line numbers below count from its first line. */
  static final String VALID = """
      {
        "schemaVersion": "1.0",
        "id": "r",
        "title": "T",
        "edition": "2.0",
        "axes": [{"id": "collective", "title": "Collective actions"}],
        "pathways": [
          {"number": 1, "title": "P1", "actions": [
            {"id": "1.1", "axis": "collective", "title": "A"}
          ]}
        ],
        "organizations": [{"id": "ITU", "name": "I", "roles": ["partner"]}],
        "projects": [
          {"id": "P1.1", "title": "Pr", "kind": "cep-activity", "status": "running",
           "actions": ["1.1"], "start": "2022-05", "durationMonths": 13,
           "contacts": [{"name": "N", "email": "e@x.org"}]}
        ]
      }
      """;

  private static final RoadmapCodec STRICT = RoadmapCodec.strict();

  @Test
  void theValidDocumentDecodes() {
    assertEquals("r", STRICT.decode(VALID).id());
  }

  @Test
  void anUnknownKeyIsReportedAtTheKey() {
    assertError(STRICT, change("\"title\": \"A\"}", "\"title\": \"A\", \"colour\": \"red\"}"),
        "unknown key \"colour\" in an action; known keys are id, axis, title",
        9, 57, "/pathways/0/actions/0/colour");
  }

  @Test
  void aDuplicateKeyIsReportedAtItsSecondOccurrence() {
    assertError(STRICT, change("\"id\": \"r\",", "\"id\": \"r\", \"id\": \"s\","),
        "duplicate key \"id\" in a roadmap", 3, 14, "/id");
  }

  @Test
  void aDuplicateUnknownKeyIsReportedEvenWhenLenient() {
    assertError(RoadmapCodec.lenient(), change("\"id\": \"r\",", "\"x\": 1, \"id\": \"r\", \"x\": 2,"),
        "duplicate key \"x\" in a roadmap", 3, 22, "/x");
  }

  @Test
  void nullForARequiredValueIsReportedAtTheNull() {
    assertError(STRICT, change("\"title\": \"T\"", "\"title\": null"),
        "expected a string but found null", 4, 12, "/title");
  }

  @Test
  void nullForAnOptionalValueIsAnErrorToo() {
    assertError(STRICT, change("\"start\": \"2022-05\"", "\"start\": null"),
        "expected a year-month like \"2022-05\" but found null", 15, 35, "/projects/0/start");
  }

  @Test
  void aMissingRequiredKeyIsReportedAtTheObject() {
    assertError(STRICT, change(", \"title\": \"A\"}", "}"),
        "missing required key \"title\" in an action", 9, 7, "/pathways/0/actions/0");
  }

  @Test
  void aMissingSchemaVersionIsAMissingRequiredKey() {
    assertError(STRICT, change("\"schemaVersion\": \"1.0\",", ""),
        "missing required key \"schemaVersion\" in a roadmap", 1, 1, "");
  }

  @Test
  void aValueOfTheWrongTypeIsReportedAtTheValue() {
    assertError(STRICT, change("\"roles\": [\"partner\"]", "\"roles\": \"partner\""),
        "expected an array but found the string \"partner\"", 12, 57, "/organizations/0/roles");
  }

  @Test
  void anObjectWhereAnotherTypeIsExpectedNamesTheType() {
    assertError(STRICT, change("[{\"name\": \"N\", \"email\": \"e@x.org\"}]", "[\"N\"]"),
        "expected a contact object but found the string \"N\"", 16, 19, "/projects/0/contacts/0");
  }

  @Test
  void aStringForAnIntegerIsAnError() {
    assertError(STRICT, change("\"durationMonths\": 13", "\"durationMonths\": \"13\""),
        "expected a duration in months (an integer from 1 to 2147483647) but found the string"
            + " \"13\"", 15, 64, "/projects/0/durationMonths");
    assertError(STRICT, change("\"number\": 1", "\"number\": \"1\""),
        "expected a pathway number (an integer from 1 to 2147483647) but found the string \"1\"",
        8, 16, "/pathways/0/number");
  }

  @Test
  void aNumberForAStringIsAnError() {
    assertError(STRICT, change("\"edition\": \"2.0\"", "\"edition\": 2.0"),
        "expected a string but found the number 2.0", 5, 14, "/edition");
  }

  @Test
  void aFractionOrAnOutOfRangeNumberIsNoInteger() {
    assertError(STRICT, change("\"durationMonths\": 13", "\"durationMonths\": 13.5"),
        "expected a duration in months (an integer from 1 to 2147483647) but found the number"
            + " 13.5", 15, 64, "/projects/0/durationMonths");
    assertError(STRICT, change("\"number\": 1", "\"number\": 0"),
        "expected a pathway number (an integer from 1 to 2147483647) but found the number 0",
        8, 16, "/pathways/0/number");
    assertError(STRICT, change("\"number\": 1", "\"number\": 2147483648"),
        "expected a pathway number (an integer from 1 to 2147483647) but found the number"
            + " 2147483648", 8, 16, "/pathways/0/number");
  }

  @Test
  void numbersWithExtremeExponentsAreNoIntegers() {
    for (String number : new String[] {"1e999999999", "1e-999999999", "1E2147483648", "-1e5"}) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class, () -> STRICT.decode(
          change("\"durationMonths\": 13", "\"durationMonths\": " + number)));
      assertEquals("expected a duration in months (an integer from 1 to 2147483647) but found the"
          + " number " + number, e.problem());
    }
  }

  @Test
  void anIntegerWrittenWithAZeroFractionIsThatInteger() {
    assertEquals(13, STRICT.decode(change("\"durationMonths\": 13", "\"durationMonths\": 13.0"))
        .projects().get(0).durationMonths().getAsInt());
    assertEquals(10, STRICT.decode(change("\"number\": 1", "\"number\": 1e1"))
        .pathways().get(0).number());
  }

  @Test
  void aMalformedActionIdIsReportedAtTheId() {
    assertError(STRICT, change("\"id\": \"1.1\"", "\"id\": \"1.x\""),
        "expected an action id like \"2.5\" but found \"1.x\"", 9, 14,
        "/pathways/0/actions/0/id");
    assertError(STRICT, change("\"actions\": [\"1.1\"]", "\"actions\": [\"01.1\"]"),
        "expected an action id like \"2.5\" but found \"01.1\"", 15, 18, "/projects/0/actions/0");
  }

  @Test
  void aMalformedProjectIdIsReportedAtTheId() {
    assertError(STRICT, change("\"id\": \"P1.1\"", "\"id\": \"1.1\""),
        "expected a project id like \"P2.1\" but found \"1.1\"", 14, 12, "/projects/0/id");
  }

  @Test
  void aMalformedSlugIsReportedAtTheSlug() {
    assertError(STRICT, change("\"axis\": \"collective\"", "\"axis\": \"Collective\""),
        "expected an axis id in kebab case like \"wider-stakeholder\" but found \"Collective\"",
        9, 29, "/pathways/0/actions/0/axis");
  }

  @Test
  void anEmptyOrganizationIdIsReportedAtTheId() {
    assertError(STRICT, change("\"id\": \"ITU\"", "\"id\": \"\""),
        "expected a non-empty organization id but found \"\"", 12, 28, "/organizations/0/id");
  }

  @Test
  void anUnknownEnumValueListsTheKnownOnes() {
    assertError(STRICT, change("\"status\": \"running\"", "\"status\": \"done\""),
        "expected a project status (scoping, running, completed, paused, cancelled) but found"
            + " \"done\"", 14, 69, "/projects/0/status");
    assertError(STRICT, change("[\"partner\"]", "[\"sponsor\"]"),
        "expected an organization role (founding-partner, partner, member, industry-partner) but found"
            + " \"sponsor\"", 12, 58, "/organizations/0/roles/0");
  }

  @Test
  void aLaunchDayThatNoCalendarHasIsReportedAtTheDate() {
    assertError(STRICT, change("\"edition\": \"2.0\",", "\"edition\": \"2.0\", \"launched\": \"2021-02-29\","),
        "expected a date like \"2021-03-18\" but found \"2021-02-29\"", 5, 33, "/launched");
  }

  @Test
  void aStatusQuarterOutsideOneToFourIsReportedAtTheQuarter() {
    assertError(STRICT, change("\"edition\": \"2.0\",", "\"edition\": \"2.0\", \"statusQuarter\": \"2024-Q5\","),
        "expected a quarter like \"2024-Q1\" but found \"2024-Q5\"", 5, 38, "/statusQuarter");
  }

  @Test
  void aMembershipYearThatIsNoFourDigitYearIsReportedAtTheYear() {
    assertError(STRICT, change("[\"partner\"]", "[\"member\"], \"membershipYears\": [2024, \"2025\"]"),
        "expected a year (an integer from 0 to 9999) but found the string \"2025\"", 12, 95,
        "/organizations/0/membershipYears/1");
    assertError(STRICT, change("[\"partner\"]", "[\"member\"], \"membershipYears\": [20240]"),
        "expected a year (an integer from 0 to 9999) but found the number 20240", 12, 89,
        "/organizations/0/membershipYears/0");
  }

  @Test
  void aStartMonthOutsideOneToTwelveIsReportedAtTheMonth() {
    assertError(STRICT, change("\"2022-05\"", "\"2022-13\""),
        "expected a year-month like \"2022-05\" but found \"2022-13\"", 15, 35,
        "/projects/0/start");
  }

  @Test
  void contentAfterTheDocumentIsAnError() {
    assertError(STRICT, VALID + "{}",
        "unexpected content after the document: an object", 19, 1, "");
  }

  @Test
  void anUnsupportedSchemaVersionIsNamed() {
    assertError(STRICT, change("\"1.0\"", "\"2.0\""),
        "unsupported schemaVersion \"2.0\"; this reader reads 1.x", 2, 20, "/schemaVersion");
  }

  @Test
  void everyMinorVersionOfOneIsRead() {
    assertEquals("r", STRICT.decode(change("\"1.0\"", "\"1.17\"")).id());
  }

  @Test
  void malformedJsonIsReportedWhereItStops() {
    assertError(STRICT, change("\"id\": \"r\",", "\"id\": \"r\""),
        "malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate"
            + " Object entries", 4, 3, "/id");
  }

  @Test
  void aDocumentThatIsNoObjectIsNoRoadmap() {
    assertError(STRICT, "[1, 2]",
        "not a CEP roadmap document: expected a JSON object but found an array", 1, 1, "");
    assertError(STRICT, "  ",
        "not a CEP roadmap document: expected a JSON object but found the end of the input",
        1, 3, "");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyStand() {
    String text = change("\"title\": \"T\"", "\"title\": \"Tx\"");
    byte[] bytes = text.getBytes(UTF_8);
    int offset = text.indexOf("Tx") + 1;
    bytes[offset] = (byte) 0xC3; // starts a two-byte sequence that the quote after it breaks
    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> STRICT.decode(bytes));
    assertEquals("the document is not valid UTF-8: malformed bytes at byte offset " + offset,
        e.problem());
    assertEquals("4:14 ", e.line() + ":" + e.column() + " " + e.pointer());
  }

  @Test
  void theMessageCarriesProblemLocationAndPointer() {
    RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class,
        () -> STRICT.decode(change("\"id\": \"1.1\"", "\"id\": \"1.x\"")));
    assertEquals("expected an action id like \"2.5\" but found \"1.x\" at 9:14"
        + " (/pathways/0/actions/0/id)", e.getMessage());
    RoadmapDecodeException root = assertThrows(RoadmapDecodeException.class,
        () -> STRICT.decode("[]"));
    assertEquals("not a CEP roadmap document: expected a JSON object but found an array at 1:1"
        + " (document root)", root.getMessage());
  }

  @Test
  void everyInputKindReportsTheSameLocation() throws Exception {
    String broken = change("\"title\": \"T\"", "\"title\": \"Té\", \"x\": 1");
    RoadmapDecodeException fromText = assertThrows(RoadmapDecodeException.class,
        () -> STRICT.decode(broken));
    assertEquals(SourceLocation.of(4, 18), fromText.location());
    for (Object input : new Object[] {broken.getBytes(UTF_8), "reader", "stream"}) {
      RoadmapDecodeException e = assertThrows(RoadmapDecodeException.class, () -> {
        if (input instanceof byte[]) {
          STRICT.decode((byte[]) input);
        } else if (input.equals("reader")) {
          STRICT.decode(new StringReader(broken));
        } else {
          STRICT.decode(new ByteArrayInputStream(broken.getBytes(UTF_8)));
        }
      });
      assertEquals(fromText.getMessage(), e.getMessage());
    }
  }

  /** Returns {@link #VALID} with the first occurrence of {@code from} replaced. */
  static String change(String from, String to) {
    int at = VALID.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("the valid document has no " + from);
    }
    return VALID.substring(0, at) + to + VALID.substring(at + from.length());
  }

  static void assertError(
      RoadmapCodec codec, String json, String problem, int line, int column, String pointer) {
    RoadmapDecodeException e =
        assertThrows(RoadmapDecodeException.class, () -> codec.decode(json));
    assertEquals(problem, e.problem(), "problem");
    assertEquals(line + ":" + column + " " + pointer,
        e.line() + ":" + e.column() + " " + e.pointer(), "location and pointer");
  }
}
