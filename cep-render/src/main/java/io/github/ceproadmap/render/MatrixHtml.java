package io.github.ceproadmap.render;

import static io.github.ceproadmap.render.Html.escape;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard: the legend, the matrix of pathways and axes with each action in its state, and
 * the cross-cutting actions. Every action links to its projects' cards and to its findings.
 */
final class MatrixHtml {
  private MatrixHtml() {}

  static void write(StringBuilder html, PageModel page) {
    html.append("<section id=\"dashboard\" class=\"dashboard\" aria-labelledby=\"dashboard-heading\">\n")
        .append("<h2 id=\"dashboard-heading\">Roadmap matrix</h2>\n");
    legend(html);
    List<Pathway> pathways = page.roadmap.pathways();
    html.append("<div class=\"matrix-frame\"><table class=\"matrix\" id=\"matrix\">\n<caption>")
        .append("Actions by pathway (columns) and axis (rows), each in the state of its projects")
        .append("</caption>\n<thead><tr><td></td>");
    for (int p = 0; p < pathways.size(); p++) {
      Place place = Place.pathway(p);
      html.append("<th scope=\"col\" id=\"").append(page.id(place).orElseThrow()).append('"')
          .append(page.marks(place).isEmpty() ? "" : " class=\"has-findings\"").append('>')
          .append(pathways.get(p).number()).append(' ').append(escape(pathways.get(p).title()));
      FindingsHtml.marks(html, page, place);
      html.append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < page.rows.size(); r++) {
      Rows.Row row = page.rows.get(r);
      html.append("<tr><th scope=\"row\" id=\"").append(PageModel.rowId(r)).append("\">")
          .append(escape(row.title())).append("</th>");
      for (int p = 0; p < pathways.size(); p++) {
        Pathway pathway = pathways.get(p);
        html.append("<td data-label=\"").append(pathway.number()).append(' ')
            .append(escape(pathway.title())).append("\">");
        for (Place place : cell(pathway, p, row)) {
          action(html, page, place, Integer.toString(pathway.number()));
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n");
    if (!page.roadmap.crossCuttingActions().isEmpty()) {
      html.append("<h3 id=\"cross-cutting\">Cross-cutting actions, spanning every pathway</h3>\n")
          .append("<div class=\"cross-cutting\">\n");
      for (int i = 0; i < page.roadmap.crossCuttingActions().size(); i++) {
        action(html, page, Place.crossCutting(i), page.allPathwayTokens());
      }
      html.append("</div>\n");
    }
    html.append("</section>\n");
  }

  /** The places of one cell's actions, in id order (document order among equal ids). */
  private static List<Place> cell(Pathway pathway, int p, Rows.Row row) {
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < pathway.actions().size(); i++) {
      if (row.holds(pathway.actions().get(i).axis())) {
        places.add(Place.action(p, i));
      }
    }
    places.sort(Comparator.comparing(place -> pathway.actions().get(place.index()).id()));
    return places;
  }

  private static void legend(StringBuilder html) {
    html.append("<h3 class=\"visually-hidden\">Legend</h3>\n<ul class=\"legend\" id=\"legend\">");
    for (ActionState state : ActionState.values()) {
      StateStyle style = StateStyle.of(state);
      html.append("<li><span class=\"swatch state-").append(state.id())
          .append("\" aria-hidden=\"true\">").append(style.shape()).append("</span>")
          .append(style.label()).append("</li>");
    }
    html.append("<li><span class=\"swatch has-findings\" aria-hidden=\"true\">!</span>")
        .append("Has validation findings</li></ul>\n");
  }

  private static void action(StringBuilder html, PageModel page, Place place, String pathways) {
    Action action = page.action(place);
    ActionState state = ActionState.of(page.roadmap, action.id(), page.asOf);
    StateStyle style = StateStyle.of(state);
    boolean marked = !page.marks(place).isEmpty();
    html.append("<div class=\"action state-").append(state.id())
        .append(marked ? " has-findings" : "").append("\" id=\"")
        .append(page.id(place).orElseThrow()).append("\" data-action=\"").append(action.id())
        .append("\" data-state=\"").append(state.id()).append("\" data-states=\"")
        .append(state.id()).append("\" data-pathways=\"").append(pathways)
        .append("\" data-axes=\"").append(page.axisToken(action.axis())).append("\">");
    if (!style.shape().isEmpty()) {
      html.append("<span class=\"shape\" aria-hidden=\"true\">").append(style.shape())
          .append("</span> ");
    }
    html.append("<span class=\"visually-hidden\">").append(style.label()).append(": </span>")
        .append("<span class=\"id\">").append(action.id()).append("</span> <span class=\"title\">")
        .append(escape(action.title())).append("</span>");
    List<Integer> projects = page.projectsServing(action.id());
    if (!projects.isEmpty()) {
      html.append("<ul class=\"project-links\">");
      for (int index : projects) {
        Project project = page.roadmap.projects().get(index);
        html.append("<li><a href=\"#").append(page.id(Place.project(index)).orElseThrow())
            .append("\">Project ").append(project.id()).append("</a></li>");
      }
      html.append("</ul>");
    }
    FindingsHtml.marks(html, page, place);
    html.append("</div>\n");
  }
}
