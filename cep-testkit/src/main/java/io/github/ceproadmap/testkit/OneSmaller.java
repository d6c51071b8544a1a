package io.github.ceproadmap.testkit;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The roadmaps one step smaller than a given one, built on the model, for {@link Minimizer}:
 * each removes one axis, pathway, action, organisation, role, membership year, project, project
 * action, lead, contact or list item, drops one optional value, or removes half of a title or
 * name or one of its characters.
 */
final class OneSmaller {
  private final Roadmap roadmap;
  private final List<Roadmap> smaller = new ArrayList<>();

  private OneSmaller(Roadmap roadmap) {
    this.roadmap = roadmap;
  }

  static List<Roadmap> of(Roadmap roadmap) {
    OneSmaller one = new OneSmaller(roadmap);
    one.collect();
    return one.smaller;
  }

  /** Whole parts first, then parts within them, then texts and dates: coarse to fine. */
  private void collect() {
    without(roadmap.pathways()).forEach(p -> smaller.add(roadmap.toBuilder().pathways(p).build()));
    without(roadmap.crossCuttingActions())
        .forEach(a -> smaller.add(roadmap.toBuilder().crossCuttingActions(a).build()));
    without(roadmap.projects()).forEach(p -> smaller.add(roadmap.toBuilder().projects(p).build()));
    without(roadmap.organizations())
        .forEach(o -> smaller.add(roadmap.toBuilder().organizations(o).build()));
    without(roadmap.axes()).forEach(a -> smaller.add(roadmap.toBuilder().axes(a).build()));
    eachSmaller(roadmap.pathways(), this::smallerPathways,
        pathways -> roadmap.toBuilder().pathways(pathways).build());
    eachSmaller(roadmap.crossCuttingActions(), OneSmaller::smallerActions,
        actions -> roadmap.toBuilder().crossCuttingActions(actions).build());
    eachSmaller(roadmap.organizations(), OneSmaller::smallerOrganizations,
        organizations -> roadmap.toBuilder().organizations(organizations).build());
    eachSmaller(roadmap.projects(), OneSmaller::smallerProjects,
        projects -> roadmap.toBuilder().projects(projects).build());
    if (roadmap.launched().isPresent()) {
      smaller.add(Roadmap.builder().from(roadmap).launched(Optional.empty()).build());
    }
    if (roadmap.statusQuarter().isPresent()) {
      smaller.add(Roadmap.builder().from(roadmap).statusQuarter(Optional.empty()).build());
    }
    for (String title : shorter(roadmap.title())) {
      smaller.add(roadmap.toBuilder().title(title).build());
    }
  }

  /** Adds the roadmaps with one element of {@code list} replaced by a smaller one. */
  private <T> void eachSmaller(
      List<T> list, Function<T, List<T>> smallerElement, Function<List<T>, Roadmap> rebuild) {
    for (int i = 0; i < list.size(); i++) {
      for (T element : smallerElement.apply(list.get(i))) {
        List<T> changed = new ArrayList<>(list);
        changed.set(i, element);
        smaller.add(rebuild.apply(changed));
      }
    }
  }

  private List<Pathway> smallerPathways(Pathway pathway) {
    List<Pathway> pathways = new ArrayList<>();
    shorter(pathway.title()).forEach(t -> pathways.add(pathway.toBuilder().title(t).build()));
    without(pathway.actions()).forEach(a -> pathways.add(pathway.toBuilder().actions(a).build()));
    for (int i = 0; i < pathway.actions().size(); i++) {
      for (Action action : smallerActions(pathway.actions().get(i))) {
        List<Action> actions = new ArrayList<>(pathway.actions());
        actions.set(i, action);
        pathways.add(pathway.toBuilder().actions(actions).build());
      }
    }
    return pathways;
  }

  private static List<Action> smallerActions(Action action) {
    return shorter(action.title()).stream()
        .map(title -> action.toBuilder().title(title).build())
        .toList();
  }

  private static List<Organization> smallerOrganizations(Organization organization) {
    List<Organization> smaller = new ArrayList<>();
    shorter(organization.name())
        .forEach(name -> smaller.add(organization.toBuilder().name(name).build()));
    without(organization.roles())
        .forEach(roles -> smaller.add(organization.toBuilder().roles(roles).build()));
    without(organization.membershipYears())
        .forEach(years -> smaller.add(organization.toBuilder().membershipYears(years).build()));
    return smaller;
  }

  private static List<Project> smallerProjects(Project project) {
    List<Project> smaller = new ArrayList<>();
    shorter(project.title()).forEach(t -> smaller.add(project.toBuilder().title(t).build()));
    without(project.actions()).forEach(a -> smaller.add(project.toBuilder().actions(a).build()));
    without(project.leads()).forEach(l -> smaller.add(project.toBuilder().leads(l).build()));
    without(project.contacts()).forEach(c -> smaller.add(project.toBuilder().contacts(c).build()));
    for (int i = 0; i < project.contacts().size(); i++) {
      Contact contact = project.contacts().get(i);
      for (String name : shorter(contact.name())) {
        List<Contact> contacts = new ArrayList<>(project.contacts());
        contacts.set(i, contact.toBuilder().name(name).build());
        smaller.add(project.toBuilder().contacts(contacts).build());
      }
    }
    without(project.activities())
        .forEach(a -> smaller.add(project.toBuilder().activities(a).build()));
    without(project.outputs()).forEach(o -> smaller.add(project.toBuilder().outputs(o).build()));
    without(project.outcomes()).forEach(o -> smaller.add(project.toBuilder().outcomes(o).build()));
    without(project.deliverables())
        .forEach(d -> smaller.add(project.toBuilder().deliverables(d).build()));
    without(project.dissemination())
        .forEach(d -> smaller.add(project.toBuilder().dissemination(d).build()));
    if (project.description().isPresent()) {
      smaller.add(Project.builder().from(project).description(Optional.empty()).build());
    }
    if (project.start().isPresent() || project.durationMonths().isPresent()) {
      smaller.add(Project.builder().from(project).start(Optional.empty())
          .durationMonths(OptionalInt.empty()).build());
    }
    return smaller;
  }

  /** Every copy of {@code list} with one element removed. */
  private static <T> List<List<T>> without(List<T> list) {
    List<List<T>> lists = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      List<T> shorter = new ArrayList<>(list);
      shorter.remove(i);
      lists.add(shorter);
    }
    return lists;
  }

  /** Every copy of {@code text} with its last half, its first half or one code point removed. */
  private static List<String> shorter(String text) {
    List<String> texts = new ArrayList<>();
    if (text.codePointCount(0, text.length()) > 3) {
      int half = text.offsetByCodePoints(0, text.codePointCount(0, text.length()) / 2);
      texts.add(text.substring(0, half));
      texts.add(text.substring(half));
    }
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int next = i + Character.charCount(text.codePointAt(i));
      texts.add(text.substring(0, i) + text.substring(next));
    }
    return texts;
  }
}
