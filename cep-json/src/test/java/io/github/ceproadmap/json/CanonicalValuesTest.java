package io.github.ceproadmap.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What the codec writes, it reads back: every value the model can build is one the format can
 * hold, blank optional text included.
 */
class CanonicalValuesTest {
  private static final RoadmapCodec STRICT = RoadmapCodec.strict();

  /** Text of white space, letters and nothing: blank or not, in about equal parts. */
  private static Gen<String> text() {
    String[] pieces = {"", " ", "\t", "\n", "\r\n", "\u2003", "\u00a0", "a", "Ω", "x y"};
    return lists().of(integers().between(0, pieces.length - 1)).ofSizeBetween(0, 4)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(pieces[i]));
          return text.toString();
        });
  }

  @Test
  void projectsWithBlankOrPaddedTextSurviveAStrictRoundTrip() {
    qt().forAll(text(), lists().of(text()).ofSizeBetween(0, 4), text()).checkAssert(
        (description, items, organization) -> {
          Project project = Editions.projectP21().toBuilder()
              .description(description).activities(items).outputs(items).outcomes(items)
              .deliverables(items).dissemination(items)
              .contacts(List.of(Contact.builder().name("n").email("n@x.org")
                  .organization(organization).build()))
              .build();
          Roadmap roadmap = Editions.tableA().toBuilder().projects(List.of(project)).build();

          assertEquals(roadmap, STRICT.decode(STRICT.encode(roadmap)));
          assertEquals(description.isBlank(), project.description().isEmpty());
          assertTrue(project.activities().stream().noneMatch(String::isBlank));
        });
  }

  @Test
  void aBlankDescriptionAndBlankItemsReadAsAbsentAndAreNotWritten() {
    Roadmap plain = Editions.tableA().toBuilder().projects(List.of(Editions.projectP21()
        .toBuilder().description(Optional.empty()).activities(List.of()).build())).build();
    String document = STRICT.encode(plain).replace("\"projects\":[{",
        "\"projects\":[{\"description\":\" \",\"activities\":[\"\",\"Survey\"],");
    Project project = STRICT.decode(document).projects().get(0);

    assertEquals(Optional.empty(), project.description());
    assertEquals(List.of("Survey"), project.activities());
    String written = STRICT.encode(STRICT.decode(document));
    assertFalse(written.contains("\"description\""), written);
    assertTrue(written.contains("\"activities\":[\"Survey\"]"), written);
  }

  @Test
  void theFirstAndLastDaysMonthsAndYearsOfTheFormatSurviveAStrictRoundTrip() {
    for (int year : new int[] {FormatDates.MIN_YEAR, 999, FormatDates.MAX_YEAR}) {
      Roadmap roadmap = Editions.tableA().toBuilder()
          .launched(LocalDate.of(year, 12, 31))
          .projects(List.of(Editions.projectP21().toBuilder()
              .start(YearMonth.of(year, 1)).durationMonths(Integer.MAX_VALUE).build()))
          .organizations(List.of(Organization.builder().id("ITU").name("ITU")
              .addMembershipYears(Year.of(year)).build()))
          .build();
      assertEquals(roadmap, STRICT.decode(STRICT.encode(roadmap)));
    }
  }

  @Test
  void aValueTheDecoderWouldRefuseCannotBeBuiltSoEncodeNeverWritesOne() {
    // Issue 20: encode wrote these and decode refused its own output.
    Roadmap.Builder tenThousand = Editions.tableA().toBuilder().launched(LocalDate.of(10_000, 1, 1));
    assertThrows(IllegalArgumentException.class, tenThousand::build);
    Project.Builder beforeYearZero = Editions.projectP21().toBuilder().start(YearMonth.of(-1, 5));
    assertThrows(IllegalArgumentException.class, beforeYearZero::build);
    Organization.Builder member = Organization.builder().id("X").name("X")
        .addMembershipYears(Year.of(12_345));
    assertThrows(IllegalArgumentException.class, member::build);
  }

  @Test
  void anExtensionValueAtTheModelsDepthLimitSurvivesALenientRoundTripWhereverItIsHeld() {
    // The deepest holders: an action in a pathway and a contact, five levels down.
    String deepest = "[".repeat(io.github.ceproadmap.model.JsonText.MAX_EXTENSION_DEPTH - 1)
        + "{\"k\":1.50}" + "]".repeat(io.github.ceproadmap.model.JsonText.MAX_EXTENSION_DEPTH - 1);
    Roadmap table = Editions.tableA();
    io.github.ceproadmap.model.Pathway first = table.pathways().get(0);
    Roadmap roadmap = table.toBuilder()
        .putExtensions("x", deepest)
        .pathways(List.of(first.toBuilder().putExtensions("x", deepest)
            .actions(List.of(first.actions().get(0).toBuilder().putExtensions("x", deepest)
                .build()))
            .build()))
        .projects(List.of(Editions.projectP21().toBuilder().putExtensions("x", deepest)
            .contacts(List.of(Contact.builder().name("n").email("n@x.org")
                .putExtensions("x", deepest).build()))
            .build()))
        .build();
    RoadmapCodec lenient = RoadmapCodec.lenient();
    assertEquals(roadmap, lenient.decode(lenient.encode(roadmap)));
    RoadmapCodec pretty = lenient.toBuilder().pretty(true).build();
    assertEquals(roadmap, pretty.decode(pretty.encode(roadmap)));
  }
}
