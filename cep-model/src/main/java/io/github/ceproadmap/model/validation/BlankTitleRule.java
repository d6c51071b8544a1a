package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import java.util.List;

/**
 * {@code blank-title}: an empty or white-space title or name, of the roadmap, an axis, a pathway,
 * an action, an organisation, a project or a contact.
 */
final class BlankTitleRule implements Rule {
  @Override
  public String id() {
    return StandardRules.BLANK_TITLE;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "a title or name is empty or only white space";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    require(roadmap.title(), Pointers.of("title"), "the roadmap's title", context);
    List<ActionAxis> axes = roadmap.axes();
    for (int i = 0; i < axes.size(); i++) {
      require(axes.get(i).title(), Pointers.of("axes", i, "title"),
          "the title of axis " + Quoting.quote(axes.get(i).id()), context);
    }
    for (int i = 0; i < roadmap.pathways().size(); i++) {
      require(roadmap.pathways().get(i).title(), Pointers.of("pathways", i, "title"),
          "the title of pathway " + roadmap.pathways().get(i).number(), context);
    }
    for (ActionGroup group : ActionGroup.of(roadmap)) {
      for (int j = 0; j < group.actions().size(); j++) {
        Action action = group.actions().get(j);
        require(action.title(), group.pointer(j, "title"),
            "the title of action " + action.id(), context);
      }
    }
    List<Organization> organizations = roadmap.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      require(organizations.get(i).name(), Pointers.of("organizations", i, "name"),
          "the name of organisation " + Quoting.quote(organizations.get(i).id()), context);
    }
    List<Project> projects = roadmap.projects();
    for (int k = 0; k < projects.size(); k++) {
      Project project = projects.get(k);
      require(project.title(), Pointers.of("projects", k, "title"),
          "the title of project " + project.id(), context);
      List<Contact> contacts = project.contacts();
      for (int c = 0; c < contacts.size(); c++) {
        require(contacts.get(c).name(), Pointers.of("projects", k, "contacts", c, "name"),
            "the name of the contact " + Quoting.quote(contacts.get(c).email()) + " of project "
                + project.id(), context);
      }
    }
  }

  /** Reports {@code text} at {@code pointer} if it is blank; {@code what} names it. */
  private static void require(String text, String pointer, String what, RuleContext context) {
    if (text.isBlank()) {
      context.report(pointer, what + " is " + (text.isEmpty() ? "empty" : "only white space"));
    }
  }
}
