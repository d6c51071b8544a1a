package io.github.ceproadmap.render;

import static io.github.ceproadmap.render.Html.escape;

import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Project;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The organisations of the partnership, grouped by role as the CEP presents them (founding
 * partners, partner organisations, members by year, industry partners), each with the projects
 * it leads. An organisation with several roles is listed under each; its element (the
 * target of links) is its first listing.
 */
final class OrganizationsHtml {
  private OrganizationsHtml() {}

  static void write(StringBuilder html, PageModel page) {
    List<Organization> organizations = page.roadmap.organizations();
    html.append("<section id=\"organizations\" aria-labelledby=\"organizations-heading\">\n")
        .append("<h2 id=\"organizations-heading\">Organisations</h2>\n");
    if (organizations.isEmpty()) {
      html.append("<p>No organisations.</p>\n");
    }
    Set<Integer> listed = new HashSet<>();
    for (OrganizationRole role : OrganizationRole.values()) {
      if (role == OrganizationRole.MEMBER) {
        members(html, page, listed);
      } else {
        group(html, page, heading(role),
            index -> organizations.get(index).roles().contains(role), listed);
      }
    }
    group(html, page, "Other organisations",
        index -> organizations.get(index).roles().isEmpty(), listed);
    html.append("</section>\n");
  }

  private static String heading(OrganizationRole role) {
    return switch (role) {
      case FOUNDING_PARTNER -> "Founding partners";
      case PARTNER -> "Partner organisations";
      case MEMBER -> "Members";
      case INDUSTRY_PARTNER -> "Industry partners";
    };
  }

  /**
   * Members by year, the latest year first ("2024 members", as the CEP's slide has it), then
   * members whose years are not given.
   */
  private static void members(StringBuilder html, PageModel page, Set<Integer> listed) {
    List<Organization> organizations = page.roadmap.organizations();
    SortedSet<Year> years = new TreeSet<>(Comparator.reverseOrder());
    organizations.stream().filter(org -> org.roles().contains(OrganizationRole.MEMBER))
        .forEach(org -> years.addAll(org.membershipYears()));
    for (Year year : years) {
      group(html, page, year + " members", index -> organizations.get(index).roles()
          .contains(OrganizationRole.MEMBER)
          && organizations.get(index).membershipYears().contains(year), listed);
    }
    group(html, page, years.isEmpty() ? "Members" : "Members, years not given",
        index -> organizations.get(index).roles().contains(OrganizationRole.MEMBER)
            && organizations.get(index).membershipYears().isEmpty(), listed);
  }

  private static void group(StringBuilder html, PageModel page, String heading,
      java.util.function.IntPredicate member, Set<Integer> listed) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < page.roadmap.organizations().size(); i++) {
      if (member.test(i)) {
        indexes.add(i);
      }
    }
    if (indexes.isEmpty()) {
      return;
    }
    html.append("<h3>").append(heading).append("</h3>\n<ul class=\"organizations\">\n");
    for (int index : indexes) {
      Organization organization = page.roadmap.organizations().get(index);
      html.append("<li");
      if (listed.add(index)) {
        Place place = Place.organization(index);
        html.append(" id=\"").append(page.id(place).orElseThrow()).append('"');
      }
      html.append("><span class=\"name\">").append(escape(organization.name()))
          .append("</span> <span class=\"org-id\">(").append(escape(organization.id()))
          .append(")</span>");
      led(html, page, organization);
      FindingsHtml.marks(html, page, Place.organization(index));
      html.append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void led(StringBuilder html, PageModel page, Organization organization) {
    List<Integer> projects = page.projectsLedBy(organization.id());
    if (projects.isEmpty()) {
      return;
    }
    html.append(" leads <ul class=\"led\">");
    for (int i : projects) {
      Project project = page.roadmap.projects().get(i);
      html.append("<li><a href=\"#").append(page.id(Place.project(i)).orElseThrow())
          .append("\">").append(project.id()).append(' ').append(escape(project.title()))
          .append("</a></li>");
    }
    html.append("</ul>");
  }
}
