package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import java.util.Arrays;
import java.util.List;

/** Tiny roadmaps for rule tests: a valid one to start from, and the parts to change it with. */
final class Roadmaps {
  private Roadmaps() {}

  /**
   * Returns a roadmap with no findings: the three edition 2.0 axes, pathway 1 with 1.1, 1.2 and
   * 1.3 (one on each axis), organisation {@code ITU}, and nothing else.
   */
  static Roadmap minimal() {
    return Roadmap.builder()
        .id("test-roadmap")
        .title("Test roadmap")
        .edition("2.0")
        .addAllAxes(ActionAxis.EDITION_2_0)
        .addPathways(fullPathway(1))
        .addOrganizations(organization("ITU"))
        .build();
  }

  /** Returns {@link #minimal()} with these pathways instead of its own. */
  static Roadmap withPathways(Pathway... pathways) {
    return minimal().toBuilder().pathways(Arrays.asList(pathways)).build();
  }

  /** Returns {@link #minimal()} with these cross-cutting actions. */
  static Roadmap withCrossCutting(Action... actions) {
    return minimal().toBuilder().crossCuttingActions(Arrays.asList(actions)).build();
  }

  /** Returns {@link #minimal()} with these projects. */
  static Roadmap withProjects(Project... projects) {
    return minimal().toBuilder().projects(Arrays.asList(projects)).build();
  }

  /** Returns pathway {@code number} titled "Pathway n" with these actions. */
  static Pathway pathway(int number, Action... actions) {
    return Pathway.builder().number(number).title("Pathway " + number).addActions(actions).build();
  }

  /** Returns pathway {@code number} with one action on each edition 2.0 axis: n.1, n.2, n.3. */
  static Pathway fullPathway(int number) {
    return pathway(
        number,
        action(number + ".1", ActionAxis.COLLECTIVE),
        action(number + ".2", ActionAxis.COMPANY),
        action(number + ".3", ActionAxis.WIDER_STAKEHOLDER));
  }

  /** Returns action {@code id} on {@code axis}, titled "Action id". */
  static Action action(String id, ActionAxis axis) {
    return action(id, axis, "Action " + id);
  }

  /** Returns action {@code id} on {@code axis} with {@code title}. */
  static Action action(String id, ActionAxis axis, String title) {
    return Action.builder().id(ActionId.parse(id)).axis(axis.id()).title(title).build();
  }

  /** Returns an organisation with {@code id}, named "Organisation id". */
  static Organization organization(String id) {
    return Organization.builder().id(id).name("Organisation " + id).build();
  }

  /**
   * Returns a running CEP activity led by {@code ITU}, with id {@code id} (such as "P1.1") and
   * serving {@code actions} (such as "1.1").
   */
  static Project project(String id, String... actions) {
    return Project.builder()
        .id(ProjectId.parse(id))
        .title("Project " + id)
        .kind(ProjectKind.CEP_ACTIVITY)
        .status(ProjectStatus.RUNNING)
        .addLeads("ITU")
        .actions(Arrays.stream(actions).map(ActionId::parse).toList())
        .build();
  }

  /** Returns a contact of {@code ITU} with this name and e-mail. */
  static Contact contact(String name, String email) {
    return Contact.builder().name(name).email(email).organization("ITU").build();
  }

  /** Returns the project P1.1 serving 1.1 with these contacts. */
  static Project projectWithContacts(Contact... contacts) {
    return project("P1.1", "1.1").toBuilder().contacts(List.of(contacts)).build();
  }
}
