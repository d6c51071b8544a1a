package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.util.List;
import java.util.Map;

/**
 * {@code blank-title}: an empty or white-space title or name, of the roadmap, an axis, a pathway,
 * an action, an organisation, a project or a contact.
 */
final class BlankTitleRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.BLANK_TITLE,
          Severity.ERROR,
          "Blank title",
          "a title or name is empty or only white space",
          "Write the title or name; every value a person reads needs one.",
          "\"title\": \" \": write the action's title as the source roadmap gives it",
          List.of(
              Value.of("text", "the blank title or name as written: empty, or only white space")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    // Pointers and messages are built only for a blank text: most roadmaps have none, and
    // building them for every title cost more than the rest of this rule.
    if (roadmap.title().isBlank()) {
      report(roadmap.title(), DocumentPointer.of(DocumentKeys.TITLE), "the roadmap's title",
          context);
    }
    List<ActionAxis> axes = roadmap.axes();
    for (int i = 0; i < axes.size(); i++) {
      ActionAxis axis = axes.get(i);
      if (axis.title().isBlank()) {
        report(axis.title(), DocumentPointer.of(DocumentKeys.AXES, i, DocumentKeys.TITLE),
            "the title of axis " + Quoting.quote(axis.id()), context);
      }
    }
    List<Pathway> pathways = roadmap.pathways();
    for (int i = 0; i < pathways.size(); i++) {
      Pathway pathway = pathways.get(i);
      if (pathway.title().isBlank()) {
        report(pathway.title(), DocumentPointer.of(DocumentKeys.PATHWAYS, i, DocumentKeys.TITLE),
            "the title of pathway " + pathway.number(), context);
      }
    }
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      for (int j = 0; j < group.actions().size(); j++) {
        Action action = group.actions().get(j);
        if (action.title().isBlank()) {
          report(action.title(), group.pointer(j, DocumentKeys.TITLE),
              "the title of action " + action.id(), context);
        }
      }
    }
    List<Organization> organizations = roadmap.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      Organization organization = organizations.get(i);
      if (organization.name().isBlank()) {
        report(organization.name(), DocumentPointer.of(DocumentKeys.ORGANIZATIONS, i,
            DocumentKeys.NAME),
            "the name of organisation " + Quoting.quote(organization.id()), context);
      }
    }
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      checkProject(projects.get(k), k, context);
    }
  }

  private static void checkProject(Project project, int k, RuleContext context) {
    if (project.title().isBlank()) {
      report(project.title(), DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.TITLE),
          "the title of project " + project.id(), context);
    }
    List<Contact> contacts = project.contacts();
    for (int c = 0; c < contacts.size(); c++) {
      Contact contact = contacts.get(c);
      if (contact.name().isBlank()) {
        report(contact.name(), DocumentPointer.of(DocumentKeys.PROJECTS, k, DocumentKeys.CONTACTS,
            c, DocumentKeys.NAME),
            "the name of the contact " + Quoting.quote(contact.email()) + " of project "
                + project.id(), context);
      }
    }
  }

  /** Reports blank {@code text} at {@code pointer}; {@code what} names it. */
  private static void report(
      String text, DocumentPointer pointer, String what, RuleContext context) {
    context.report(pointer, what + " is " + (text.isEmpty() ? "empty" : "only white space"),
        Map.of("text", text));
  }
}
