package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code unknown-organization-reference}: a project lead, or a contact's organisation, that the
 * roadmap does not declare.
 */
final class UnknownOrganizationReferenceRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.UNKNOWN_ORGANIZATION_REFERENCE,
          Severity.ERROR,
          "Unknown organisation reference",
          "a project lead or contact names an organisation that is not declared",
          "Name a declared organisation id, or declare the organisation under \"organizations\".",
          "lead \"hp\" is not declared: add {\"id\": \"hp\", \"name\": \"HP\", \"roles\": "
              + "[\"member\"]}",
          List.of(
              Value.of("project", "the id of the project"),
              Value.of("organization",
                  "the organisation id that its lead or contact names, which is not declared")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      Project project = projects.get(k);
      List<String> leads = project.leads();
      for (int m = 0; m < leads.size(); m++) {
        String lead = leads.get(m);
        if (roadmap.organization(lead).isEmpty()) {
          context.report(
              DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.LEADS, m),
              "project " + project.id() + " names lead " + Quoting.quote(lead)
                  + ", which is not a declared organisation",
              Map.of("project", project.id(), "organization", lead));
        }
      }
      List<Contact> contacts = project.contacts();
      for (int c = 0; c < contacts.size(); c++) {
        Contact contact = contacts.get(c);
        @Nullable String organization = contact.organization().orElse(null);
        if (organization != null && roadmap.organization(organization).isEmpty()) {
          context.report(
              DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.CONTACTS, c,
                  DocumentKeys.ORGANIZATION),
              "contact " + Quoting.quote(contact.name()) + " of project " + project.id()
                  + " works for " + Quoting.quote(organization)
                  + ", which is not a declared organisation",
              Map.of("project", project.id(), "organization", organization));
        }
      }
    }
  }
}
