package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoadmapTest {
  private final Roadmap tableA = Editions.tableA();

  @Test
  void listsEveryActionInIdOrderWithCrossCuttingFirst() {
    List<Action> all = tableA.allActions();
    assertEquals(41, all.size());
    assertEquals("0.1", all.get(0).id().toString());
    assertEquals("1.1", all.get(1).id().toString());
    assertEquals("6.6", all.get(all.size() - 1).id().toString());
    // The two actions numbered 4.3 keep their document order: collective, then company.
    List<Action> fourThree =
        all.stream().filter(a -> a.id().equals(ActionId.parse("4.3"))).toList();
    assertEquals(List.of("collective", "company"), fourThree.stream().map(Action::axis).toList());
  }

  @Test
  void findsActionsAndTheirPathways() {
    ActionId id = ActionId.parse("2.5");
    assertEquals(
        "Commit to meeting the demand for circular products and services",
        tableA.action(id).orElseThrow().title());
    assertEquals(2, tableA.pathwayOf(id).orElseThrow().number());
    assertEquals(Optional.empty(), tableA.pathwayOf(ActionId.parse("0.1")));
    assertTrue(tableA.action(ActionId.parse("0.1")).isPresent());
    assertEquals(Optional.empty(), tableA.action(ActionId.parse("5.5")));
    assertEquals("Scale secondary material markets", tableA.pathway(6).orElseThrow().title());
  }

  @Test
  void answersTheCellsOfTheMatrix() {
    assertEquals(List.of("2.5", "2.6"), ids(tableA.actions(2, "company")));
    assertEquals(List.of(), ids(tableA.actions(5, "company")));
    assertEquals(List.of("0.1"), ids(tableA.actions(0, "collective")));
    assertEquals(List.of("1.4", "2.5", "2.6", "3.5", "3.6", "3.7", "4.3", "4.4", "6.4"),
        ids(tableA.actionsOnAxis("company")));
  }

  @Test
  void findsOrganisationsAndTheProjectsServingAnAction() {
    assertEquals("Global Electronics Council", tableA.organization("GEC").orElseThrow().name());
    assertEquals(Optional.empty(), tableA.organization("gec"));
    Project p21 = tableA.project(ProjectId.parse("P2.1")).orElseThrow();
    assertEquals(List.of(p21), tableA.projectsServing(ActionId.parse("2.1")));
    assertEquals(List.of(p21), tableA.projectsServing(ActionId.parse("2.5")));
    assertEquals(List.of(), tableA.projectsServing(ActionId.parse("2.2")));
  }

  @Test
  void derivesTheLastMonthOfAProject() {
    Project p21 = Editions.projectP21();
    assertEquals(Optional.of(YearMonth.of(2023, 5)), p21.lastMonth());
    assertEquals(Optional.of(ActionId.parse("2.1")), p21.mainAction());
    assertEquals(Optional.empty(), p21.toBuilder().start(Optional.empty()).build().lastMonth());
  }

  @Test
  void collectionsCannotBeChangedByTheCallerOrThroughAccessors() {
    List<Action> mine = new ArrayList<>(tableA.pathways().get(0).actions());
    Pathway pathway = Pathway.builder().number(1).title("One").actions(mine).build();
    mine.clear();
    assertEquals(5, pathway.actions().size());
    assertThrows(UnsupportedOperationException.class, () -> pathway.actions().clear());
    assertThrows(UnsupportedOperationException.class, () -> tableA.allActions().clear());
    assertThrows(UnsupportedOperationException.class, () -> tableA.projects().clear());
    assertThrows(
        UnsupportedOperationException.class, () -> tableA.actionsOnAxis("company").clear());
    assertThrows(UnsupportedOperationException.class,
        () -> tableA.projectsServing(ActionId.parse("2.1")).clear());
    assertThrows(UnsupportedOperationException.class, () -> tableA.extensions().put("x", "1"));
  }

  @Test
  void rejectsMeaninglessValuesNamingThem() {
    IllegalArgumentException pathway = assertThrows(IllegalArgumentException.class,
        () -> Pathway.builder().number(0).title("Zero").build());
    assertTrue(pathway.getMessage().contains("found 0"), pathway.getMessage());
    IllegalArgumentException axis = assertThrows(IllegalArgumentException.class,
        () -> ActionAxis.of("Company Actions", "Company actions"));
    assertTrue(axis.getMessage().contains("\"Company Actions\""), axis.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> tableA.toBuilder().id("Circular Electronics Roadmap").build());
    assertThrows(IllegalArgumentException.class,
        () -> Editions.projectP21().toBuilder().durationMonths(0).build());
    assertThrows(IllegalArgumentException.class,
        () -> Organization.builder().id("").name("Nameless").build());
    assertThrows(IllegalArgumentException.class, () -> Editions.projectP21().toBuilder()
        .start(YearMonth.of(java.time.Year.MAX_VALUE, 12)).durationMonths(2).build());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Action.builder().id(ActionId.parse("1.1")).build());
    assertTrue(missing.getMessage().contains("axis"), missing.getMessage());
  }

  @Test
  void aProjectBuildsExactlyWhenItsStartLiesInTheFormatsYears() {
    // Every start the format writes, with every duration, has a last month; no other start builds.
    qt().withExamples(2000)
        .forAll(integers().between(-20_000, 20_000), integers().between(1, 12),
            integers().between(1, Integer.MAX_VALUE))
        .checkAssert((year, month, months) -> {
          YearMonth start = YearMonth.of(year, month);
          Project.Builder project =
              Editions.projectP21().toBuilder().start(start).durationMonths(months);
          if (year >= FormatDates.MIN_YEAR && year <= FormatDates.MAX_YEAR) {
            assertEquals(Optional.of(start.plusMonths(months - 1L)), project.build().lastMonth());
          } else {
            assertThrows(IllegalArgumentException.class, project::build);
          }
        });
  }

  @Test
  void holdsAnInconsistentRoadmapExactlyAsGiven() {
    assertEquals(7, tableA.pathways().get(3).actions().size());
    assertEquals("4.3", tableA.pathways().get(3).actions().get(3).id().toString());
  }

  @Test
  void equalRoadmapsAreEqualAndHashAlike() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Roadmap one = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      Roadmap two = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      assertEquals(one, two);
      assertEquals(one.hashCode(), two.hashCode());
      assertEquals(one.toString(), two.toString());
      assertNotEquals(one, one.toBuilder().title(one.title() + "!").build());
    });
  }

  @Test
  void aValueSurvivesToBuilderUnchanged() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      assertEquals(roadmap, roadmap.toBuilder().build());
      for (Pathway pathway : roadmap.pathways()) {
        assertEquals(pathway, pathway.toBuilder().build());
        pathway.actions().forEach(action -> assertEquals(action, action.toBuilder().build()));
      }
      for (Project project : roadmap.projects()) {
        assertEquals(project, project.toBuilder().build());
        project.contacts().forEach(contact -> assertEquals(contact, contact.toBuilder().build()));
      }
      roadmap.organizations().forEach(o -> assertEquals(o, o.toBuilder().build()));
      roadmap.axes().forEach(axis -> assertEquals(axis, axis.toBuilder().build()));
    });
  }

  private static List<String> ids(List<Action> actions) {
    return actions.stream().map(action -> action.id().toString()).toList();
  }
}
