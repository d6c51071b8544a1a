package io.github.ceproadmap.sheets;

import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a roadmap out as the sheets of {@link SheetSpec}, one row per object, children joined to
 * their parents by key (see {@link RoadmapAssembler#keys}), then the read-only matrix. Extension
 * members become columns after the declared ones, sorted by name, each cell holding the member's
 * JSON text.
 */
final class RoadmapTables {
  private RoadmapTables() {}

  static List<OutTable> of(Roadmap roadmap) {
    List<OutTable> tables = new ArrayList<>();
    tables.add(table(SheetSpec.ROADMAP, List.of(roadmap), Roadmap::extensions,
        r -> List.of(r.id(), r.title(), r.edition(), r.launched().map(FormatDates::format).orElse(""),
            r.statusQuarter().map(Object::toString).orElse(""))));
    tables.add(table(SheetSpec.AXES, roadmap.axes(), ActionAxis::extensions,
        a -> List.of(a.id(), a.title())));
    tables.add(table(SheetSpec.PATHWAYS, roadmap.pathways(), Pathway::extensions,
        p -> List.of(String.valueOf(p.number()), p.title())));
    tables.add(actions(roadmap));
    tables.add(table(SheetSpec.ORGANIZATIONS, roadmap.organizations(),
        Organization::extensions, o -> List.of(o.id(), o.name(),
            lines(o.roles().stream().map(OrganizationRole::id).collect(Collectors.toList())),
            lines(o.membershipYears().stream().map(FormatDates::format)
                .collect(Collectors.toList())))));
    List<String> projectKeys = keys(roadmap.projects().stream()
        .map(p -> p.id().toString()).collect(Collectors.toList()));
    tables.add(table(SheetSpec.PROJECTS, roadmap.projects(), Project::extensions,
        RoadmapTables::project));
    List<Keyed<Contact>> contacts = new ArrayList<>();
    List<List<String>> activities = new ArrayList<>();
    List<List<String>> outputs = new ArrayList<>();
    List<List<String>> outcomes = new ArrayList<>();
    List<List<String>> deliverables = new ArrayList<>();
    List<List<String>> dissemination = new ArrayList<>();
    for (int i = 0; i < roadmap.projects().size(); i++) {
      Project project = roadmap.projects().get(i);
      String key = projectKeys.get(i);
      project.contacts().forEach(c -> contacts.add(new Keyed<>(key, c)));
      project.activities().forEach(text -> activities.add(List.of(key, text)));
      project.outputs().forEach(text -> outputs.add(List.of(key, text)));
      project.outcomes().forEach(text -> outcomes.add(List.of(key, text)));
      project.deliverables().forEach(text -> deliverables.add(List.of(key, text)));
      project.dissemination().forEach(text -> dissemination.add(List.of(key, text)));
    }
    tables.add(table(SheetSpec.PROJECT_CONTACTS, contacts, k -> k.value().extensions(),
        k -> List.of(k.key(), k.value().name(), k.value().email(),
            k.value().organization().orElse(""))));
    tables.add(plain(SheetSpec.PROJECT_ACTIVITIES, activities));
    tables.add(plain(SheetSpec.PROJECT_OUTPUTS, outputs));
    tables.add(plain(SheetSpec.PROJECT_OUTCOMES, outcomes));
    tables.add(plain(SheetSpec.PROJECT_DELIVERABLES, deliverables));
    tables.add(plain(SheetSpec.PROJECT_DISSEMINATION, dissemination));
    tables.add(MatrixTable.of(roadmap));
    return tables;
  }

  private static OutTable actions(Roadmap roadmap) {
    List<String> pathwayKeys = keys(roadmap.pathways().stream()
        .map(p -> String.valueOf(p.number())).collect(Collectors.toList()));
    List<Keyed<Action>> actions = new ArrayList<>();
    for (int i = 0; i < roadmap.pathways().size(); i++) {
      String key = pathwayKeys.get(i);
      roadmap.pathways().get(i).actions().forEach(a -> actions.add(new Keyed<>(key, a)));
    }
    roadmap.crossCuttingActions().forEach(a -> actions.add(new Keyed<>("0", a)));
    return table(SheetSpec.ACTIONS, actions, k -> k.value().extensions(),
        k -> List.of(k.key(), k.value().id().toString(), k.value().axis(), k.value().title()));
  }

  private static List<String> project(Project p) {
    return List.of(p.id().toString(), p.title(), p.kind().id(), p.status().id(), lines(p.leads()),
        lines(p.actions().stream().map(Object::toString).collect(Collectors.toList())),
        p.start().map(FormatDates::format).orElse(""),
        p.durationMonths().isPresent() ? String.valueOf(p.durationMonths().getAsInt()) : "",
        p.description().orElse(""));
  }

  /** The keys of parents with ids {@code ids}: the id, then {@code id #2}, {@code id #3}... */
  private static List<String> keys(List<String> ids) {
    Map<String, Integer> byKey = RoadmapAssembler.keys(ids.size(), ids::get);
    String[] keys = new String[ids.size()];
    byKey.forEach((key, index) -> keys[index] = key);
    return Arrays.asList(keys);
  }

  private static String lines(List<String> items) {
    return String.join("\n", items);
  }

  private static OutTable plain(SheetSpec spec, List<List<String>> rows) {
    return new OutTable(spec.sheetName(), spec.fileName(), spec.headings(), rows, false);
  }

  private static <T> OutTable table(SheetSpec spec, List<T> items,
      Function<T, Map<String, String>> extensionsOf, Function<T, List<String>> cellsOf) {
    TreeSet<String> names = new TreeSet<>();
    items.forEach(item -> names.addAll(extensionsOf.apply(item).keySet()));
    List<String> headings = new ArrayList<>(spec.headings());
    names.forEach(name -> headings.add(SheetTable.extensionHeading(spec, name)));
    List<List<String>> rows = new ArrayList<>(items.size());
    for (T item : items) {
      List<String> row = new ArrayList<>(headings.size());
      row.addAll(cellsOf.apply(item));
      Map<String, String> extensions = extensionsOf.apply(item);
      names.forEach(name -> row.add(extensions.getOrDefault(name, "")));
      rows.add(row);
    }
    return new OutTable(spec.sheetName(), spec.fileName(), headings, rows, false);
  }

  /** A child object with the key of its parent. */
  private record Keyed<T>(String key, T value) {}
}
