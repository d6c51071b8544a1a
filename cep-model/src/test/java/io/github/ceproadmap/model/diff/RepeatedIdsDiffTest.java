package io.github.ceproadmap.model.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Items that share an id are paired in document order, the n-th with the n-th, so a change to
 * the second of two is seen; the rest are added or removed. A changed project or organisation
 * says which fields changed, with old and new values.
 */
class RepeatedIdsDiffTest {
  private static final Roadmap BASE = Editions.tableA();

  @Test
  void aChangeToTheSecondProjectWithAnIdIsReportedFieldByField() {
    Project first = BASE.projects().get(0);
    Roadmap before = BASE.toBuilder().projects(List.of(first, first)).build();
    Roadmap after = BASE.toBuilder().projects(List.of(first,
        first.toBuilder().status(ProjectStatus.CANCELLED).title("Renamed").build())).build();
    List<Change> changes = RoadmapDiff.between(before, after);
    assertEquals(List.of(
        new Change(ChangeKind.PROJECT_CHANGED, first.id().toString(), Optional.of(first.title()),
            Optional.of("Renamed"), "project " + first.id() + " title changed from \""
                + first.title() + "\" to \"Renamed\""),
        new Change(ChangeKind.PROJECT_CHANGED, first.id().toString(),
            Optional.of(first.status().id()), Optional.of("cancelled"), "project " + first.id()
                + " status changed from \"" + first.status().id() + "\" to \"cancelled\"")),
        changes);
  }

  @Test
  void extraItemsWithARepeatedIdAreAddedOrRemoved() {
    Organization organization = BASE.organizations().get(0);
    Organization changed = organization.toBuilder().name("Other")
        .roles(List.of(OrganizationRole.MEMBER)).build();
    Roadmap before = BASE.toBuilder().organizations(List.of(organization, organization)).build();
    Roadmap after = BASE.toBuilder()
        .organizations(List.of(organization, changed, organization)).build();
    List<Change> changes = RoadmapDiff.between(before, after);
    assertEquals(List.of(ChangeKind.ORGANIZATION_CHANGED, ChangeKind.ORGANIZATION_CHANGED,
        ChangeKind.ORGANIZATION_ADDED), changes.stream().map(Change::kind).toList(),
        changes::toString);
    assertEquals(Optional.of("Other"), changes.get(0).after());
    assertEquals(Optional.of("[member]"), changes.get(1).after());
    assertEquals(List.of(ChangeKind.ORGANIZATION_REMOVED),
        RoadmapDiff.between(after, before).stream().map(Change::kind)
            .filter(kind -> kind != ChangeKind.ORGANIZATION_CHANGED).toList());
  }

  @Test
  void aRetitledSecondAxisOrPathwayWithTheSameIdIsReported() {
    ActionAxis axis = BASE.axes().get(0);
    Pathway pathway = BASE.pathways().get(0);
    Roadmap before = BASE.toBuilder()
        .axes(concat(BASE.axes(), axis))
        .pathways(concat(BASE.pathways(), pathway.toBuilder().actions(List.of()).build()))
        .build();
    Roadmap after = BASE.toBuilder()
        .axes(concat(BASE.axes(), axis.toBuilder().title("Other axis").build()))
        .pathways(concat(BASE.pathways(),
            pathway.toBuilder().title("Other pathway").actions(List.of()).build()))
        .build();
    assertEquals(List.of(ChangeKind.AXIS_RETITLED, ChangeKind.PATHWAY_RETITLED),
        RoadmapDiff.between(before, after).stream().map(Change::kind).toList());
  }

  private static <T> List<T> concat(List<T> list, T last) {
    List<T> all = new ArrayList<>(list);
    all.add(last);
    return all;
  }
}
