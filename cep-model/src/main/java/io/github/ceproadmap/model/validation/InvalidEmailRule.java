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
 * {@code invalid-email}: a contact e-mail that is not plausible. Plausible means one {@code @},
 * a local part before it, no white space, and a domain of dot-separated non-empty labels with at
 * least one dot. Deliberately loose: it catches slips, not every address RFC 5322 forbids.
 */
final class InvalidEmailRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.INVALID_EMAIL,
          Severity.ERROR,
          "Invalid e-mail address",
          "a contact e-mail is not a plausible address",
          "Write the contact's address as local@domain.tld, without spaces or display name.",
          "\"email\": \"jane at example.org\": write \"jane@example.org\"",
          List.of(
              Value.of("email", "the address as written"),
              Value.of("problem", "what makes it implausible, such as \"it has no @\"")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      List<Contact> contacts = projects.get(k).contacts();
      for (int c = 0; c < contacts.size(); c++) {
        Contact contact = contacts.get(c);
        String problem = problem(contact.email());
        if (problem != null) {
          context.report(
              DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.CONTACTS, c,
                  DocumentKeys.EMAIL),
              "the e-mail address " + Quoting.quote(contact.email()) + " of contact "
                  + Quoting.quote(contact.name()) + " is not plausible: " + problem,
              Map.of("email", contact.email(), "problem", problem));
        }
      }
    }
  }

  /** Returns what makes {@code email} implausible, or null if it is plausible. */
  private static @Nullable String problem(String email) {
    int at = email.indexOf('@');
    if (at < 0) {
      return "it has no @";
    }
    if (email.indexOf('@', at + 1) >= 0) {
      return "it has more than one @";
    }
    if (at == 0) {
      return "nothing comes before the @";
    }
    if (hasWhiteSpace(email)) {
      return "it contains white space";
    }
    // The domain is email[at + 1, end): read in place, not copied, as this runs for every contact.
    int domain = at + 1;
    if (email.indexOf('.', domain) < 0) {
      return "its domain has no dot";
    }
    if (email.startsWith(".", domain) || email.endsWith(".") || email.indexOf("..", domain) >= 0) {
      return "its domain has an empty label";
    }
    return null;
  }

  private static boolean hasWhiteSpace(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean printableAscii = c > ' ' && c < 0x7F;
      if (!printableAscii && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
