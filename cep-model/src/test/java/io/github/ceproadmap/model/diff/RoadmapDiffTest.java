package io.github.ceproadmap.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoadmapDiffTest {

  @Test
  void tableBRenumbers25To24AndRemoves37AndTheCollective43() {
    List<Change> changes = RoadmapDiff.between(Editions.tableA(), Editions.tableB());
    List<Change> actionChanges =
        changes.stream().filter(c -> c.kind().name().startsWith("ACTION")).toList();
    assertEquals(3, actionChanges.size(), changes::toString);
    Change renumbered = actionChanges.get(0);
    assertEquals(ChangeKind.ACTION_RENUMBERED, renumbered.kind());
    assertEquals(Optional.of("2.5"), renumbered.before());
    assertEquals(Optional.of("2.4"), renumbered.after());
    assertEquals(
        "action 2.5 renumbered to 2.4 (\"Commit to meeting the demand for circular products and"
            + " services\")",
        renumbered.description());
    assertEquals(ChangeKind.ACTION_REMOVED, actionChanges.get(1).kind());
    assertEquals("3.7", actionChanges.get(1).subject());
    // Table B's slide holds the shifted 3.4 where table A has the collective 4.3.
    assertEquals(
        "action 4.3 removed (\"Tie take-back and collection to the business model\")",
        actionChanges.get(2).description());
    // Both tables carry the same organisations and project P2.1; only the dashboard (table A)
    // names its status quarter.
    assertEquals(List.of("roadmap " + Editions.tableA().id()
        + " statusQuarter changed from \"2024-Q1\" to \"\""),
        changes.stream().filter(c -> !actionChanges.contains(c)).map(Change::description).toList());
  }

  @Test
  void aRoadmapDiffersFromItselfInNothing() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      Roadmap roadmap = RoadmapGenerator.roadmap(new SplittableRandom(seed));
      assertEquals(List.of(), RoadmapDiff.between(roadmap, roadmap.toBuilder().build()));
    });
  }

  @Test
  void reportsRetitledMovedAndAddedActionsAndChangedPathways() {
    Roadmap before = Editions.tableA();
    Pathway one = before.pathways().get(0);
    List<Action> actions = new ArrayList<>(one.actions());
    actions.set(0, actions.get(0).toBuilder().title("Define circular products").build());
    actions.set(1, actions.get(1).toBuilder().axis("company").build());
    actions.add(Action.builder().id(ActionId.parse("1.6")).axis("company").title("New").build());
    List<Pathway> pathways = new ArrayList<>(before.pathways());
    pathways.set(0, one.toBuilder().title("Design").actions(actions).build());
    Roadmap after = before.toBuilder()
        .pathways(pathways)
        .addAxes(ActionAxis.of("regional", "Regional actions"))
        .build();

    assertEquals(
        List.of(
            "axis regional added",
            "pathway 1 retitled from \"Design for Circularity\" to \"Design\"",
            "action 1.1 retitled from \"Define circular products and services\" to \"Define"
                + " circular products\"",
            "action 1.2 moved from axis collective to company",
            "action 1.6 added (\"New\")"),
        RoadmapDiff.between(before, after).stream().map(Change::description).toList());
  }

  @Test
  void aChangeOfCaseInATitleIsARetitleNotARenumbering() {
    Roadmap before = Editions.tableA();
    Pathway one = before.pathways().get(0);
    List<Action> actions = new ArrayList<>(one.actions());
    actions.set(0, actions.get(0).toBuilder().title("DEFINE circular products and services").build());
    List<Pathway> pathways = new ArrayList<>(before.pathways());
    pathways.set(0, one.toBuilder().actions(actions).build());
    List<Change> changes =
        RoadmapDiff.between(before, before.toBuilder().pathways(pathways).build());
    assertEquals(List.of(ChangeKind.ACTION_RETITLED), changes.stream().map(Change::kind).toList());
  }
}
