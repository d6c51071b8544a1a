package io.github.ceproadmap.model.diff;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
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
    fields.put(DocumentKeys.ID, roadmap.id());
    fields.put(DocumentKeys.TITLE, roadmap.title());
    fields.put(DocumentKeys.EDITION, roadmap.edition());
    fields.put(DocumentKeys.LAUNCHED, roadmap.launched().map(String::valueOf).orElse(""));
    fields.put(DocumentKeys.STATUS_QUARTER,
        roadmap.statusQuarter().map(String::valueOf).orElse(""));
    return fields;
  }

  static Map<String, String> of(Organization organization) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DocumentKeys.NAME, organization.name());
    fields.put(DocumentKeys.ROLES,
        list(organization.roles().stream().map(role -> role.id()).toList()));
    fields.put(DocumentKeys.MEMBERSHIP_YEARS,
        list(organization.membershipYears().stream().map(String::valueOf).toList()));
    return fields;
  }

  static Map<String, String> of(Project project) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(DocumentKeys.TITLE, project.title());
    fields.put(DocumentKeys.KIND, project.kind().id());
    fields.put(DocumentKeys.STATUS, project.status().id());
    fields.put(DocumentKeys.LEADS, list(project.leads()));
    fields.put(DocumentKeys.ACTIONS,
        list(project.actions().stream().map(String::valueOf).toList()));
    fields.put(DocumentKeys.START, project.start().map(String::valueOf).orElse(""));
    fields.put(DocumentKeys.DURATION_MONTHS, project.durationMonths().isPresent()
        ? String.valueOf(project.durationMonths().getAsInt()) : "");
    fields.put(DocumentKeys.CONTACTS,
        list(project.contacts().stream().map(Fields::contact).toList()));
    fields.put(DocumentKeys.DESCRIPTION, project.description().orElse(""));
    fields.put(DocumentKeys.ACTIVITIES, list(project.activities()));
    fields.put(DocumentKeys.OUTPUTS, list(project.outputs()));
    fields.put(DocumentKeys.OUTCOMES, list(project.outcomes()));
    fields.put(DocumentKeys.DELIVERABLES, list(project.deliverables()));
    fields.put(DocumentKeys.DISSEMINATION, list(project.dissemination()));
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
