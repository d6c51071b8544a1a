package io.github.ceproadmap.render;

import static io.github.ceproadmap.render.Html.escape;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A card per project, laid out like the CEP's published project slide: id, title and status;
 * description; activities, outputs and outcomes side by side; deliverables and dissemination;
 * then leads, pathway actions, start, duration and contact persons.
 */
final class ProjectCards {
  private ProjectCards() {}

  static void write(StringBuilder html, PageModel page) {
    List<Project> projects = page.roadmap.projects();
    html.append("<section id=\"projects\" aria-labelledby=\"projects-heading\">\n")
        .append("<h2 id=\"projects-heading\">Projects</h2>\n");
    if (projects.isEmpty()) {
      html.append("<p>No projects.</p>\n");
    }
    for (int i = 0; i < projects.size(); i++) {
      card(html, page, Place.project(i), projects.get(i));
    }
    html.append("</section>\n");
  }

  private static void card(StringBuilder html, PageModel page, Place place, Project project) {
    String id = page.id(place).orElseThrow();
    ActionState state = ActionState.of(project, page.asOf);
    StateStyle style = StateStyle.of(state);
    html.append("<article class=\"card").append(page.marks(place).isEmpty() ? "" : " has-findings")
        .append("\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
        .append("-title\" data-states=\"").append(state.id()).append("\" data-pathways=\"")
        .append(page.pathwayTokens(project)).append("\" data-axes=\"")
        .append(page.axisTokens(project)).append("\">\n<header class=\"card-head\">")
        .append("<p class=\"kind\">")
        .append(project.kind() == ProjectKind.CEP_ACTIVITY ? "CEP project" : "Alliance project")
        .append("</p><h3 id=\"").append(id).append("-title\"><span class=\"id\">")
        .append(project.id()).append("</span> ").append(escape(project.title()))
        .append("</h3><p class=\"badge state-").append(state.id()).append("\">");
    if (!style.shape().isEmpty()) {
      html.append("<span aria-hidden=\"true\">").append(style.shape()).append("</span> ");
    }
    html.append(StateStyle.label(project.status())).append("</p></header>\n");
    FindingsHtml.marks(html, page, place);
    project.description().ifPresent(text -> html.append("<h4>Project description</h4><p>")
        .append(escape(text)).append("</p>\n"));
    html.append("<div class=\"flow\">");
    list(html, "Activities", project.activities());
    list(html, "Outputs", project.outputs());
    list(html, "Outcomes", project.outcomes());
    html.append("</div>\n");
    if (!project.deliverables().isEmpty() || !project.dissemination().isEmpty()) {
      html.append("<div class=\"flow\">");
      list(html, "Project deliverables (output)", project.deliverables());
      list(html, "Dissemination (outcome)", project.dissemination());
      html.append("</div>\n");
    }
    html.append("<dl class=\"facts\">");
    fact(html, "(Co)Lead", leads(page, project));
    fact(html, "Pathway actions", actions(page, project));
    project.start().ifPresent(start -> fact(html, "Commencing", MonthText.month(start)));
    if (project.durationMonths().isPresent()) {
      fact(html, "Duration", MonthText.duration(project.durationMonths().getAsInt())
          + project.lastMonth().map(last -> ", until " + MonthText.month(last)).orElse(""));
    }
    fact(html, "Contact persons", contacts(page, project.contacts()));
    html.append("</dl>\n</article>\n");
  }

  private static void list(StringBuilder html, String heading, List<String> items) {
    html.append("<section><h4>").append(heading).append("</h4>");
    if (items.isEmpty()) {
      html.append("<p class=\"none\">None given.</p>");
    } else {
      html.append("<ul>");
      items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
      html.append("</ul>");
    }
    html.append("</section>");
  }

  private static void fact(StringBuilder html, String term, String definitionHtml) {
    if (!definitionHtml.isEmpty()) {
      html.append("<div><dt>").append(term).append("</dt><dd>").append(definitionHtml)
          .append("</dd></div>");
    }
  }

  /** "International Telecommunication Union &amp; Global Electronics Council", linked. */
  private static String leads(PageModel page, Project project) {
    StringBuilder html = new StringBuilder();
    for (String lead : project.leads()) {
      html.append(html.length() == 0 ? "" : " &amp; ").append(organization(page, lead));
    }
    return html.toString();
  }

  private static String organization(PageModel page, String id) {
    Optional<Map.Entry<Organization, String>> known = page.organization(id);
    return known.map(org -> "<a href=\"#" + org.getValue() + "\">"
            + escape(org.getKey().name()) + "</a>")
        .orElse(escape(id) + " (not a declared organisation)");
  }

  private static String actions(PageModel page, Project project) {
    if (project.actions().isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<ul>");
    for (ActionId action : project.actions()) {
      html.append("<li>");
      Optional<String> id = page.actionId(action);
      if (id.isPresent()) {
        html.append("<a href=\"#").append(id.get()).append("\">").append(action).append(' ')
            .append(escape(page.roadmap.action(action).orElseThrow().title())).append("</a>");
      } else {
        html.append(action).append(" (not in the roadmap)");
      }
      html.append("</li>");
    }
    return html.append("</ul>").toString();
  }

  private static String contacts(PageModel page, List<Contact> contacts) {
    if (contacts.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<ul>");
    for (Contact contact : contacts) {
      html.append("<li>").append(escape(contact.name())).append(", <a href=\"mailto:")
          .append(mailto(contact.email())).append("\">").append(escape(contact.email()))
          .append("</a>");
      contact.organization().ifPresent(org -> html.append(", ")
          .append(organization(page, org)));
      html.append("</li>");
    }
    return html.append("</ul>").toString();
  }

  /**
   * The address as a {@code mailto:} URL: every byte but letters, digits and {@code @.-_~+}
   * percent-encoded, so that no address can add headers or break the URL.
   */
  static String mailto(String address) {
    StringBuilder url = new StringBuilder();
    for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "@.-_~+".indexOf(c) >= 0) {
        url.append((char) c);
      } else {
        url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return url.toString();
  }
}
