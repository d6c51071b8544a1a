package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.contact;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.projectWithContacts;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.ProjectId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownOrganizationReferenceRuleTest {
  private static final Contact GARAM = contact("Garam Marc Bel", "garam.bel@itu.int");

  private final Rule rule = new UnknownOrganizationReferenceRule();

  @Test
  void reportsALeadThatIsNotDeclared() {
    var roadmap = withProjects(project("P1.1", "1.1").toBuilder().addLeads("GEC").build());

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.UNKNOWN_ORGANIZATION_REFERENCE,
        Severity.ERROR,
        "/projects/0/leads/1",
        null,
        "P1.1", "\"GEC\"");
    assertValues(finding, "project", ProjectId.parse("P1.1"), "organization", "GEC");
  }

  @Test
  void reportsAContactsOrganisationThatIsNotDeclared() {
    var shela = contact("Shela Gobertina von Trapp", "Shela@gec.org").toBuilder()
        .organization("GEC")
        .build();
    var roadmap = withProjects(projectWithContacts(GARAM, shela));

    assertFinding(
        only(Findings.of(rule, roadmap)),
        StandardRules.UNKNOWN_ORGANIZATION_REFERENCE,
        Severity.ERROR,
        "/projects/0/contacts/1/organization",
        null,
        "Shela Gobertina von Trapp", "\"GEC\"");
  }

  @Test
  void acceptsDeclaredOrganisationsAndContactsWithoutOne() {
    var anonymous = Contact.builder().name("Someone").email("someone@example.org").build();
    var roadmap = withProjects(projectWithContacts(GARAM, anonymous));

    assertEquals(List.of(), Findings.of(rule, roadmap));
  }
}
