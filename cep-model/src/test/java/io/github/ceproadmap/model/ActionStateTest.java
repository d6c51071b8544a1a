package io.github.ceproadmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.testing.Editions;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionStateTest {
  private static final ActionId A21 = ActionId.parse("2.1");

  @Test
  void theDashboardShowsTheCompletedProjectOnBothItsActions() {
    Roadmap tableA = Editions.tableA();
    assertEquals(ActionState.COMPLETED, ActionState.of(tableA, A21));
    assertEquals(ActionState.COMPLETED, ActionState.of(tableA, ActionId.parse("2.5")));
    assertEquals(ActionState.NONE, ActionState.of(tableA, ActionId.parse("2.2")));
  }

  @Test
  void aProjectAloneGivesTheStateItsCardShows() {
    Optional<YearMonth> march2024 = Optional.of(YearMonth.of(2024, 3));
    Project running = project("P2.1", ProjectKind.ALLIANCE_PROJECT, ProjectStatus.RUNNING);
    assertEquals(ActionState.ALLIANCE_PROJECT_RUNNING, ActionState.of(running, march2024));
    assertEquals(ActionState.NONE, ActionState.of(
        running.toBuilder().start(YearMonth.of(2024, 4)).build(), march2024));
    assertEquals(ActionState.NONE, ActionState.of(
        project("P2.1", ProjectKind.CEP_ACTIVITY, ProjectStatus.PAUSED), march2024));
  }

  @Test
  void aRunningCepActivityOutranksEveryOtherProject() {
    Roadmap roadmap = withProjects(
        project("P2.1", ProjectKind.ALLIANCE_PROJECT, ProjectStatus.RUNNING),
        project("P2.2", ProjectKind.CEP_ACTIVITY, ProjectStatus.COMPLETED),
        project("P2.3", ProjectKind.CEP_ACTIVITY, ProjectStatus.SCOPING));
    assertEquals(ActionState.ALLIANCE_PROJECT_RUNNING, ActionState.of(roadmap, A21));
    Roadmap withCep = roadmap.toBuilder()
        .addProjects(project("P2.4", ProjectKind.CEP_ACTIVITY, ProjectStatus.RUNNING))
        .build();
    assertEquals(ActionState.CEP_ACTIVITY_RUNNING, ActionState.of(withCep, A21));
  }

  @Test
  void scopingOutranksCompletedAndPausedOrCancelledProjectsDoNotCount() {
    assertEquals(ActionState.IN_SCOPING, ActionState.of(withProjects(
        project("P2.1", ProjectKind.CEP_ACTIVITY, ProjectStatus.COMPLETED),
        project("P2.2", ProjectKind.CEP_ACTIVITY, ProjectStatus.SCOPING)), A21));
    assertEquals(ActionState.NONE, ActionState.of(withProjects(
        project("P2.1", ProjectKind.CEP_ACTIVITY, ProjectStatus.PAUSED),
        project("P2.2", ProjectKind.CEP_ACTIVITY, ProjectStatus.CANCELLED)), A21));
  }

  @Test
  void aProjectStartingAfterTheAsOfMonthDoesNotCountYet() {
    Roadmap roadmap = withProjects(project("P2.1", ProjectKind.CEP_ACTIVITY, ProjectStatus.RUNNING)
        .toBuilder().start(YearMonth.of(2025, 1)).build());
    assertEquals(ActionState.NONE, ActionState.of(roadmap, A21, Optional.of(YearMonth.of(2024, 3))));
    assertEquals(ActionState.CEP_ACTIVITY_RUNNING,
        ActionState.of(roadmap, A21, Optional.of(YearMonth.of(2025, 1))));
  }

  private static Roadmap withProjects(Project... projects) {
    return Editions.tableB().toBuilder().projects(java.util.List.of(projects)).build();
  }

  private static Project project(String id, ProjectKind kind, ProjectStatus status) {
    return Project.builder().id(ProjectId.parse(id)).title(id).kind(kind).status(status)
        .addActions(ProjectId.parse(id).actionId(), A21).build();
  }
}
