package io.github.ceproadmap.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fields format 1.0 gained (launch day, status quarter, membership years, deliverables,
 * dissemination) and the roadmap's own fields are each reported when they change, with old and
 * new values.
 */
class FormatAdditionsDiffTest {
  private static final Roadmap BASE = Editions.tableA();

  @Test
  void eachOfTheRoadmapsOwnFieldsIsReportedWithOldAndNewValue() {
    Roadmap before = BASE.toBuilder().launched(LocalDate.of(2021, 3, 18))
        .statusQuarter(Quarter.parse("2024-Q1")).build();
    Roadmap after = before.toBuilder().id("other").title("New title").edition("3.0")
        .launched(LocalDate.of(2021, 3, 19)).statusQuarter(Optional.empty()).build();
    assertEquals(List.of(
        change("id", BASE.id(), "other"),
        change("title", BASE.title(), "New title"),
        change("edition", BASE.edition(), "3.0"),
        change("launched", "2021-03-18", "2021-03-19"),
        change("statusQuarter", "2024-Q1", "")),
        RoadmapDiff.between(before, after));
  }

  @Test
  void aRoadmapWhoseExtensionsAloneChangedIsReportedWithoutValues() {
    Roadmap after = BASE.toBuilder().putExtensions("x-note", "1").build();
    assertEquals(List.of(new Change(ChangeKind.ROADMAP_CHANGED, BASE.id(), Optional.empty(),
        Optional.empty(), "roadmap " + BASE.id() + " changed")),
        RoadmapDiff.between(BASE, after));
  }

  @Test
  void membershipYearsAreComparedOnOrganizations() {
    Organization organization = BASE.organizations().get(0);
    Roadmap before = BASE.toBuilder().organizations(List.of(
        organization.toBuilder().membershipYears(List.of(Year.of(2023))).build())).build();
    Roadmap after = BASE.toBuilder().organizations(List.of(organization.toBuilder()
        .membershipYears(List.of(Year.of(2023), Year.of(2024))).build())).build();
    List<Change> changes = RoadmapDiff.between(before, after);
    assertEquals(List.of("organization " + organization.id()
        + " membershipYears changed from \"[2023]\" to \"[2023, 2024]\""),
        changes.stream().map(Change::description).toList());
    assertEquals(Optional.of("[2023, 2024]"), changes.get(0).after());
  }

  @Test
  void deliverablesAndDisseminationAreComparedOnProjects() {
    Project project = BASE.projects().get(0);
    Roadmap after = BASE.toBuilder().projects(List.of(project.toBuilder()
        .deliverables(List.of("A guide")).dissemination(List.of("A webinar", "A paper")).build()))
        .build();
    List<Change> changes = RoadmapDiff.between(BASE, after);
    assertEquals(Map.of("deliverables", "[A guide]", "dissemination", "[A webinar, A paper]"),
        Map.of(field(changes.get(0)), changes.get(0).after().orElseThrow(),
            field(changes.get(1)), changes.get(1).after().orElseThrow()));
    assertEquals(2, changes.size(), changes::toString);
  }

  private static Change change(String field, String was, String is) {
    return new Change(ChangeKind.ROADMAP_CHANGED, BASE.id(), Optional.of(was), Optional.of(is),
        "roadmap " + BASE.id() + " " + field + " changed from \"" + was + "\" to \"" + is + "\"");
  }

  /** The field a project change names: "project P1.1 deliverables changed from ...". */
  private static String field(Change change) {
    return change.description().split(" ")[2];
  }
}
