package io.github.ceproadmap.examples.render;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap matrix as one self-contained HTML page, drawn like the CEP project dashboard: each
 * action coloured by its {@link ActionState}, a legend, the projects of each action, and
 * validation findings marked on the cells and pathways they concern.
 *
 * <p>The page loads nothing from the network: its style is inline and it has no script. All
 * text from the roadmap is HTML-escaped.
 */
public final class HtmlPage {
  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1d2b36}",
      "table.matrix{border-collapse:collapse;width:100%;table-layout:fixed}",
      ".matrix th,.matrix td{border:1px solid #c5ced6;padding:.4rem;vertical-align:top}",
      ".matrix thead th{background:#0b5563;color:#fff}",
      ".matrix tbody th{background:#e8eef2;text-align:left;width:9rem}",
      ".action{border-radius:4px;padding:.3rem;margin:.2rem 0;font-size:.85rem}",
      ".action .id{font-weight:bold}",
      ".state-cep-activity-running{background:#0b7a75;color:#fff}",
      ".state-alliance-project-running{background:#7ac143}",
      ".state-in-scoping{background:#f2c14e}",
      ".state-completed{background:#9aa5ad;color:#fff}",
      ".state-none{background:#f4f6f8}",
      ".has-findings{outline:3px solid #c62828}",
      ".findings{margin:.2rem 0;padding-left:1rem;font-size:.8rem}",
      ".findings .error{color:#8b0000}.state-cep-activity-running .findings .error,"
          + ".state-completed .findings .error{color:#fff}",
      ".legend{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}",
      ".swatch{display:inline-block;width:1rem;height:1rem;border-radius:3px;margin-right:.3rem;"
          + "vertical-align:middle;border:1px solid #c5ced6}",
      "details{font-size:.8rem}");

  private HtmlPage() {}

  /**
   * Renders the page.
   *
   * @param roadmap the roadmap to draw
   * @param findings validation findings on that roadmap, marked where their pointers lead
   * @param asOf the month project states are judged at, if any
   * @return the HTML document
   */
  public static String render(Roadmap roadmap, List<Finding> findings, Optional<YearMonth> asOf) {
    Map<Object, List<Finding>> marks = attach(roadmap, findings);
    StringBuilder html = new StringBuilder(64 * 1024);
    String heading = roadmap.title() + ", edition " + roadmap.edition();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(heading)).append("</title>\n<style>\n").append(STYLE)
        .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(heading)).append("</h1>\n");
    asOf.ifPresent(month -> html.append("<p class=\"as-of\">Project states as of ")
        .append(month).append("</p>\n"));
    legend(html);
    html.append("<table class=\"matrix\">\n<thead><tr><th></th>");
    for (Pathway pathway : roadmap.pathways()) {
      html.append("<th").append(marks.containsKey(pathway) ? " class=\"has-findings\"" : "")
          .append('>').append(pathway.number()).append(' ').append(escape(pathway.title()));
      findingList(html, marks.get(pathway));
      html.append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    List<Rows.Row> rows = Rows.of(roadmap);
    for (Rows.Row row : rows) {
      html.append("<tr><th scope=\"row\">").append(escape(row.title())).append("</th>");
      for (Pathway pathway : roadmap.pathways()) {
        html.append("<td>");
        for (Action action : row.actions(pathway)) {
          action(html, roadmap, action, marks.get(action), asOf);
        }
        html.append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    if (!roadmap.crossCuttingActions().isEmpty()) {
      html.append("<h2>Cross-cutting actions</h2>\n");
      for (Action action : roadmap.crossCuttingActions()) {
        action(html, roadmap, action, marks.get(action), asOf);
      }
    }
    html.append("<h2>Findings</h2>\n");
    if (findings.isEmpty()) {
      html.append("<p>No findings.</p>\n");
    } else {
      html.append("<table class=\"all-findings\"><thead><tr><th>Severity</th><th>Rule</th>")
          .append("<th>Where</th><th>Message</th></tr></thead><tbody>\n");
      for (Finding finding : findings) {
        html.append("<tr class=\"").append(finding.severity().id()).append("\"><td>")
            .append(finding.severity().id()).append("</td><td>").append(escape(finding.rule()))
            .append("</td><td><code>").append(escape(finding.pointer().toString())).append("</code></td><td>")
            .append(escape(finding.message())).append("</td></tr>\n");
      }
      html.append("</tbody></table>\n");
    }
    return html.append("</body>\n</html>\n").toString();
  }

  private static void legend(StringBuilder html) {
    html.append("<ul class=\"legend\">");
    for (ActionState state : ActionState.values()) {
      html.append("<li><span class=\"swatch state-").append(state.id()).append("\"></span>")
          .append(label(state)).append("</li>");
    }
    html.append("<li><span class=\"swatch has-findings\"></span>Has validation findings</li>")
        .append("</ul>\n");
  }

  private static String label(ActionState state) {
    switch (state) {
      case CEP_ACTIVITY_RUNNING: return "CEP activity running";
      case ALLIANCE_PROJECT_RUNNING: return "Alliance project running";
      case IN_SCOPING: return "Project in (re)scoping";
      case COMPLETED: return "Completed";
      default: return "No project";
    }
  }

  private static void action(StringBuilder html, Roadmap roadmap, Action action,
      @Nullable List<Finding> findings, Optional<YearMonth> asOf) {
    ActionState state = ActionState.of(roadmap, action.id(), asOf);
    html.append("<div class=\"action state-").append(state.id())
        .append(findings == null ? "" : " has-findings")
        .append("\" data-action=\"").append(action.id()).append("\" data-state=\"")
        .append(state.id()).append("\"><span class=\"id\">").append(action.id())
        .append("</span> <span class=\"title\">").append(escape(action.title())).append("</span>");
    List<Project> projects = roadmap.projectsServing(action.id());
    if (!projects.isEmpty()) {
      html.append("<details><summary>").append(projects.size())
          .append(projects.size() == 1 ? " project" : " projects").append("</summary><ul>");
      for (Project project : projects) {
        html.append("<li><b>").append(project.id()).append("</b> ")
            .append(escape(project.title())).append(" (").append(project.kind().id())
            .append(", ").append(project.status().id());
        project.start().ifPresent(start -> html.append(", from ").append(start));
        project.lastMonth().ifPresent(last -> html.append(" to ").append(last));
        if (!project.leads().isEmpty()) {
          html.append(", lead ").append(escape(String.join(" & ", project.leads())));
        }
        html.append(")</li>");
      }
      html.append("</ul></details>");
    }
    findingList(html, findings);
    html.append("</div>\n");
  }

  private static void findingList(StringBuilder html, @Nullable List<Finding> findings) {
    if (findings == null) {
      return;
    }
    html.append("<ul class=\"findings\">");
    for (Finding finding : findings) {
      html.append("<li class=\"").append(finding.severity().id()).append("\">")
          .append(finding.severity().id()).append(' ').append(escape(finding.rule()))
          .append(": ").append(escape(finding.message())).append("</li>");
    }
    html.append("</ul>");
  }

  /**
   * Files each finding under the action or pathway its pointer leads into; keys are the model
   * values themselves, by identity, since two equal actions may stand in one pathway.
   */
  private static Map<Object, List<Finding>> attach(Roadmap roadmap, List<Finding> findings) {
    Map<Object, List<Finding>> marks = new IdentityHashMap<>();
    for (Finding finding : findings) {
      Object target = target(roadmap, finding.pointer());
      if (target != null) {
        marks.computeIfAbsent(target, t -> new ArrayList<>()).add(finding);
      }
    }
    return marks;
  }

  /**
   * Returns the action that {@code pointer} leads into ({@code /pathways/P/actions/A/...} or
   * {@code /crossCuttingActions/A/...}), else the pathway ({@code /pathways/P/...}), else null.
   */
  private static @Nullable Object target(Roadmap roadmap, DocumentPointer pointer) {
    if (pointer.size() < 2 || !pointer.isIndex(1)) {
      return null;
    }
    String container = pointer.segment(0);
    if (container.equals("crossCuttingActions")) {
      return element(roadmap.crossCuttingActions(), pointer.indexAt(1));
    }
    if (!container.equals("pathways")) {
      return null;
    }
    Pathway pathway = element(roadmap.pathways(), pointer.indexAt(1));
    if (pointer.size() >= 4 && pointer.segment(2).equals("actions") && pointer.isIndex(3)) {
      return pathway == null ? null : element(pathway.actions(), pointer.indexAt(3));
    }
    return pathway;
  }

  private static <T> @Nullable T element(List<T> list, int index) {
    return index < list.size() ? list.get(index) : null;
  }

  /** Escapes text for HTML element content and double-quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
