package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.JsonText;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Defect;
import io.github.ceproadmap.model.testing.Editions;
import io.github.ceproadmap.model.testing.RoadmapGenerator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The validator never throws on a value the model can hold: generated roadmaps, the same with
 * defects stacked on defects, and hand-built odd ones (nothing at all, the largest ids and
 * numbers, the first and last months java.time knows, every kind of odd text, everything
 * duplicated). Each report is well formed and the same on a second run, with or without an
 * as-of month, whatever the severities.
 */
class ValidatorRobustnessTest {
  private static final List<Validator> VALIDATORS = validators();
  private static final String[] ODD_TEXT = {
    "", " ", "\u00a0\u3000\u2003", "\t\n\r", "\u0000", "\ud800", "\udc00x\ud800", "\u200b\u200e\u202e",
    "e\u0301\u0301\u0301", "\u2028\u2029", "回收 🌍 ünïcödé", "\"quoted\" \\back\\slash/",
    "/pathways/0/actions/0", "~0~1", "%s %n {0}", "x".repeat(100_000)
  };

  @Test
  void generatedRoadmapsWithEveryDefectStackedAreReportedWithoutThrowing() {
    SplittableRandom random = new SplittableRandom(404);
    for (int i = 0; i < 300; i++) {
      Roadmap roadmap = RoadmapGenerator.roadmap(random);
      int defects = i < Defect.values().length ? 0 : 1 + random.nextInt(6);
      if (i < Defect.values().length) {
        roadmap = Defect.values()[i].inject(roadmap, random);
      }
      for (int d = 0; d < defects; d++) {
        roadmap = Defect.values()[random.nextInt(Defect.values().length)].inject(roadmap, random);
      }
      assertReported(roadmap, "case " + i);
    }
    Roadmap everything = Editions.tableB();
    for (Defect defect : Defect.values()) {
      everything = defect.inject(everything, random);
      assertReported(everything, "table B with every defect up to " + defect);
    }
  }

  @Test
  void anEmptyRoadmapIsReported() {
    Roadmap empty = Roadmap.builder().id("e").title("").edition("").build();
    assertReported(empty, "empty");
    assertReported(empty.toBuilder().addPathways(Pathway.builder().number(1).title("").build())
        .addProjects(project("P1.1").build()).build(), "empty pathway, project of nothing");
  }

  @Test
  void theLargestIdsNumbersAndMonthsAreReported() {
    int max = ActionId.MAX_NUMBER;
    Action last = action(ActionId.of(max, max), "collective", "last");
    Roadmap roadmap = Roadmap.builder().id("huge").title("Huge").edition("1")
        .addAllAxes(ActionAxis.EDITION_2_0)
        .addPathways(
            Pathway.builder().number(1).title("first").addActions(
                action(ActionId.of(1, max), "company", "far"), action(ActionId.of(1, 1), "company", "near"),
                action(ActionId.of(max, 1), "collective", "stray")).build(),
            Pathway.builder().number(max).title("max").addActions(last, last).build(),
            Pathway.builder().number(Integer.MAX_VALUE).title("int max").build(),
            Pathway.builder().number(Integer.MAX_VALUE).title("int max again").build())
        .addCrossCuttingActions(action(ActionId.of(0, max), "wider-stakeholder", "cross"))
        .addProjects(
            project("P" + max + "." + max).addActions(ActionId.of(max, max), ActionId.of(0, max))
                .start(YearMonth.of(FormatDates.MAX_YEAR, 12)).durationMonths(1).build(),
            project("P0." + max).status(ProjectStatus.COMPLETED)
                .start(YearMonth.of(FormatDates.MIN_YEAR, 1)).durationMonths(Integer.MAX_VALUE).build(),
            project("P1.1").status(ProjectStatus.SCOPING).addActions(ActionId.of(1, 1))
                .start(YearMonth.of(FormatDates.MIN_YEAR, 1)).durationMonths(1).build())
        .build();
    assertReported(roadmap, "largest");
  }

  @Test
  void oddTextEverywhereIsReported() {
    for (String text : ODD_TEXT) {
      // Construction refuses what makes a value meaningless (an axis id that is no slug, an
      // empty organization id); everything else takes the odd text.
      Action action = action(ActionId.of(1, 1), "undeclared-axis", text);
      Contact contact = Contact.builder().name(text).email(text).organization(text).build();
      Roadmap roadmap = Roadmap.builder().id("odd").title(text).edition(text)
          .addAxes(ActionAxis.of(text.isEmpty() ? "x" : "a" + Integer.toHexString(text.hashCode()), text))
          .addPathways(Pathway.builder().number(1).title(text).addActions(action, action).build())
          .addOrganizations(Organization.builder().id(text.isEmpty() ? "o" : text).name(text).build())
          .addProjects(project("P1.1").addLeads(text, text).addActions(ActionId.of(1, 1))
              .addContacts(contact, contact).description(text).addActivities(text).build())
          // An extension's value is JSON text and its name no key of the format (JsonText).
          .putExtensions(text.length() <= JsonText.MAX_NAME_LENGTH ? text : "odd", "null")
          .build();
      assertReported(roadmap, "text " + text.length() + " chars");
    }
    for (String email : new String[] {"@", "a@", "@b", "a@b@c", "a@b.", "a@.b", "a b@c.d",
        "\u0000@x.y", "ü@例え.jp", "x".repeat(10_000) + "@y.z", "a@" + "b.".repeat(5000) + "c"}) {
      Roadmap roadmap = Editions.tableA().toBuilder()
          .projects(List.of(Editions.tableA().projects().get(0).toBuilder()
              .addContacts(Contact.builder().name("N").email(email).build()).build()))
          .build();
      assertReported(roadmap, "email " + email.length() + " chars");
    }
  }

  @Test
  void everythingDuplicatedIsReported() {
    Roadmap table = Editions.tableA();
    List<Action> actions = new ArrayList<>(Collections.nCopies(1_000,
        table.pathways().get(0).actions().get(0)));
    Pathway crowded = table.pathways().get(0).toBuilder().actions(actions).build();
    Roadmap roadmap = table.toBuilder()
        .addAllAxes(table.axes()).addAllAxes(table.axes())
        .pathways(Collections.nCopies(10, crowded))
        .addAllCrossCuttingActions(Collections.nCopies(200, table.crossCuttingActions().get(0)))
        .addAllOrganizations(table.organizations()).addAllOrganizations(table.organizations())
        .addAllProjects(Collections.nCopies(200, table.projects().get(0)))
        .build();
    assertReported(roadmap, "duplicates");
  }

  /** Validates with each validator, twice, and checks that every report is well formed. */
  private static void assertReported(Roadmap roadmap, String label) {
    for (Validator validator : VALIDATORS) {
      ValidationReport report;
      try {
        report = validator.validate(roadmap);
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(label + ": the validator threw", e);
      }
      assertEquals(report, validator.validate(roadmap), label);
      for (Finding finding : report.findings()) {
        assertEquals(finding.pointer(), DocumentPointer.parse(finding.pointer().toString()),
            () -> label + ": " + finding);
        assertFalse(finding.message().isBlank(), () -> label + ": " + finding);
        assertTrue(validator.rules().stream().anyMatch(rule -> rule.description().id().equals(finding.rule())),
            () -> label + ": " + finding);
      }
    }
  }

  private static List<Validator> validators() {
    Validator.Builder allInfo = Validator.builder();
    for (Rule rule : StandardRules.all()) {
      allInfo.severity(rule.description().id(), Severity.INFO);
    }
    return List.of(
        Validator.standard(),
        Validator.builder().asOf(RoadmapGenerator.AS_OF).build(),
        Validator.builder().asOf(YearMonth.of(FormatDates.MAX_YEAR, 12)).build(),
        Validator.builder().asOf(YearMonth.of(FormatDates.MIN_YEAR, 1)).build(),
        allInfo.asOf(YearMonth.of(2024, 3)).build());
  }

  private static Action action(ActionId id, String axis, String title) {
    return Action.builder().id(id).axis(axis).title(title).build();
  }

  private static Project.Builder project(String id) {
    return Project.builder().id(ProjectId.parse(id)).title("project " + id)
        .kind(ProjectKind.ALLIANCE_PROJECT).status(ProjectStatus.RUNNING);
  }
}
