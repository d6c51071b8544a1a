package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.validation.Validator;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No value holds a date, month or year that the format cannot write: each is checked when built. */
class ConstructionRangesTest {
  private static Project.Builder project() {
    return Project.builder().id(ProjectId.parse("P2.1")).title("Procurement")
        .kind(ProjectKind.CEP_ACTIVITY).status(ProjectStatus.RUNNING);
  }

  private static Roadmap.Builder roadmap() {
    return Roadmap.builder().id("r").title("Roadmap").edition("2.0");
  }

  @Test
  void aLaunchDateOutsideYears0To9999IsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> roadmap().launched(LocalDate.of(10_000, 1, 1)).build());
    assertTrue(e.getMessage().contains("+10000-01-01"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> roadmap().launched(LocalDate.of(-1, 1, 1)).build());
    assertEquals(Optional.of(LocalDate.of(9999, 12, 31)),
        roadmap().launched(LocalDate.of(9999, 12, 31)).build().launched());
  }

  @Test
  void aProjectStartOutsideYears0To9999IsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> project().start(YearMonth.of(-1, 5)).build());
    assertTrue(e.getMessage().contains("-0001-05"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> project().start(YearMonth.of(10_000, 1)).build());
  }

  @Test
  void theLongestProjectStartingInTheLastYearHasALastMonth() {
    Project longest = project().start(YearMonth.of(9999, 12)).durationMonths(Integer.MAX_VALUE)
        .build();
    assertEquals(YearMonth.of(9999, 12).plusMonths(Integer.MAX_VALUE - 1L),
        longest.lastMonth().orElseThrow());
  }

  @Test
  void aMembershipYearOutsideYears0To9999IsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Organization.builder().id("ITU").name("ITU")
            .addMembershipYears(Year.of(2024), Year.of(12_345)).build());
    assertTrue(e.getMessage().contains("12345"), e.getMessage());
  }

  @Test
  void anAsOfMonthOutsideYears0To9999IsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().asOf(YearMonth.of(10_000, 1)));
  }

  @Test
  void aBlankDescriptionAndBlankListItemsAreAbsent() {
    Project project = project().description(" \t\n").addActivities("", "Survey", "  ")
        .addOutputs("\u2003").addOutcomes("Guidance", "\r\n").addDeliverables(" ")
        .addDissemination("", "Events").build();

    assertEquals(Optional.empty(), project.description());
    assertEquals(List.of("Survey"), project.activities());
    assertEquals(List.of(), project.outputs());
    assertEquals(List.of("Guidance"), project.outcomes());
    assertEquals(List.of(), project.deliverables());
    assertEquals(List.of("Events"), project.dissemination());
    assertEquals(project().addActivities("Survey").addOutcomes("Guidance")
        .addDissemination("Events").build(), project);
  }

  @Test
  void textThatIsNotBlankIsKeptExactlyWithItsWhiteSpace() {
    Project project = project().title(" ").description(" padded \n").addActivities(" a ")
        .build();

    assertEquals(" ", project.title());
    assertEquals(Optional.of(" padded \n"), project.description());
    assertEquals(List.of(" a "), project.activities());
  }

  @Test
  void whiteSpaceIsWhatStringIsBlankMeans() {
    // U+00A0 (no-break space) is no white space for Character.isWhitespace, so it is text.
    Project project = project().description("\u00a0").addActivities("\u00a0").build();
    assertEquals(Optional.of("\u00a0"), project.description());
    assertEquals(List.of("\u00a0"), project.activities());
  }

  @Test
  void aBlankContactOrganizationIsAbsent() {
    Contact contact = Contact.builder().name("Garam").email("g@itu.int").organization(" ").build();
    assertEquals(Optional.empty(), contact.organization());
    assertEquals(Contact.builder().name("Garam").email("g@itu.int").build(), contact);
    assertEquals(Optional.empty(),
        Contact.builder().from(contact).organization("").build().organization());
  }
}
