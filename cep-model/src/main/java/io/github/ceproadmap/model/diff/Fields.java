package io.github.ceproadmap.model.diff;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields that {@link RoadmapDiff} compares on a roadmap itself (not its lists, which it pairs
 * item by item), an organisation or a project, each as the text
 * that a change shows as its old or new value, in the order the format writes them.
 */
final class Fields {
  private Fields() {}

  static Map<String, String> of(Roadmap roadmap) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", roadmap.id());
    fields.put("title", roadmap.title());
    fields.put("edition", roadmap.edition());
    fields.put("launched", roadmap.launched().map(String::valueOf).orElse(""));
    fields.put("statusQuarter", roadmap.statusQuarter().map(String::valueOf).orElse(""));
    return fields;
  }

  static Map<String, String> of(Organization organization) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", organization.name());
    fields.put("roles", list(organization.roles().stream().map(role -> role.id()).toList()));
    fields.put("membershipYears",
        list(organization.membershipYears().stream().map(String::valueOf).toList()));
    return fields;
  }

  static Map<String, String> of(Project project) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", project.title());
    fields.put("kind", project.kind().id());
    fields.put("status", project.status().id());
    fields.put("leads", list(project.leads()));
    fields.put("actions", list(project.actions().stream().map(String::valueOf).toList()));
    fields.put("start", project.start().map(String::valueOf).orElse(""));
    fields.put("durationMonths", project.durationMonths().isPresent()
        ? String.valueOf(project.durationMonths().getAsInt()) : "");
    fields.put("contacts", list(project.contacts().stream().map(Fields::contact).toList()));
    fields.put("description", project.description().orElse(""));
    fields.put("activities", list(project.activities()));
    fields.put("outputs", list(project.outputs()));
    fields.put("outcomes", list(project.outcomes()));
    fields.put("deliverables", list(project.deliverables()));
    fields.put("dissemination", list(project.dissemination()));
    return fields;
  }

  private static String contact(Contact contact) {
    return contact.name() + " <" + contact.email() + ">"
        + contact.organization().map(organization -> " (" + organization + ")").orElse("");
  }

  private static String list(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }
}
