package io.github.ceproadmap.model.validation;

import static io.github.ceproadmap.model.validation.Findings.assertFinding;
import static io.github.ceproadmap.model.validation.Findings.assertValues;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.contact;
import static io.github.ceproadmap.model.validation.Roadmaps.projectWithContacts;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.internal.Quoting;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InvalidEmailRuleTest {
  private final Rule rule = new InvalidEmailRule();

  @Test
  void reportsAnAddressWhoseDomainHasNoDot() {
    var roadmap =
        withProjects(
            projectWithContacts(
                contact("Garam Marc Bel", "garam.bel@itu.int"),
                contact("Shela Gobertina von Trapp", "Shela@gec")));

    Finding finding = only(Findings.of(rule, roadmap));

    assertFinding(
        finding,
        StandardRules.INVALID_EMAIL,
        Severity.ERROR,
        "/projects/0/contacts/1/email",
        null,
        "\"Shela@gec\"", "no dot");
    assertValues(finding, "email", "Shela@gec", "problem", "its domain has no dot");
  }

  @Test
  void reportsEachKindOfImplausibleAddress() {
    List<String> implausible =
        List.of(
            "", "garam.bel.itu.int", "garam@bel@itu.int", "@itu.int", "garam bel@itu.int",
            "garam@itu .int", "garam@itu\u00a0.int", "garam@", "garam@.itu.int", "garam@itu.int.",
            "garam@itu..int", "garam@.");

    assertAll(
        implausible.stream()
            .map(email -> () -> assertEquals(
                List.of("/projects/0/contacts/0/email"),
                pointers(email),
                () -> Quoting.quote(email) + " should be reported")));
  }

  @Test
  void acceptsPlausibleAddresses() {
    assertAll(
        Stream.of(
                "garam.bel@itu.int", "Shela@gec.org", "a@b.c", "first.last+cep@mail.example.co.uk")
            .map(email -> () -> assertEquals(List.of(), pointers(email), email)));
  }

  private List<String> pointers(String email) {
    var roadmap = withProjects(projectWithContacts(contact("Someone", email)));
    return Findings.of(rule, roadmap).stream().map(f -> f.pointer().toString()).toList();
  }
}
