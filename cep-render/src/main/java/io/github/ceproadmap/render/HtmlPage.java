package io.github.ceproadmap.render;

import static io.github.ceproadmap.render.Html.escape;

import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The roadmap as the page the CEP secretariat publishes each quarter: the project dashboard (the
 * matrix, each action in the state of its projects, shown by colour and by shape), a card per
 * project, the organisations, and the validation findings, each marked where it applies.
 *
 * <p>The page is one self-contained HTML file: its style and script are inline, and its
 * Content-Security-Policy forbids loading anything, from anywhere. All text from the roadmap is
 * HTML-escaped. Without script everything is shown; with it, a filter by state, pathway and axis
 * and a text search narrow the matrix and the cards.
 */
public final class HtmlPage {
  private static final String STYLE = "\n" + resource("dashboard.css") + StateStyle.css();
  private static final String SCRIPT = "\n" + resource("dashboard.js");
  private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
      + "'; script-src '" + sha256(SCRIPT) + "'; base-uri 'none'; form-action 'none'";

  private HtmlPage() {}

  /**
   * Renders the page.
   *
   * @param roadmap the roadmap to draw
   * @param findings validation findings on that roadmap, marked where their pointers lead and
   *     listed at the end
   * @param asOf the month project states are judged at, if any; its quarter names the dashboard
   *     (without it, the roadmap's own {@link Roadmap#statusQuarter()} does)
   * @return the HTML document
   */
  public static String render(Roadmap roadmap, List<Finding> findings, Optional<YearMonth> asOf) {
    Objects.requireNonNull(roadmap, "roadmap");
    PageModel page = new PageModel(roadmap, findings, asOf);
    StringBuilder html = new StringBuilder(64 * 1024);
    String name = roadmap.title() + ", edition " + roadmap.edition();
    Optional<Quarter> quarter = asOf.map(Quarter::of).or(roadmap::statusQuarter);
    String dashboard = "Project dashboard" + quarter.map(q -> " " + q.label()).orElse("");
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY)
        .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(dashboard + ": " + name)).append("</title>\n<style>")
        .append(STYLE).append("</style>\n</head>\n<body id=\"top\">\n")
        .append("<a class=\"skip\" href=\"#matrix\">Skip to the matrix</a>\n<header>\n<h1>")
        .append("<span class=\"roadmap\">").append(escape(name)).append("</span> ")
        .append("<span class=\"quarter\">").append(dashboard).append("</span></h1>\n");
    asOf.ifPresent(month -> html.append("<p class=\"as-of\">Project states as of ")
        .append(MonthText.month(month)).append(".</p>\n"));
    roadmap.launched().ifPresent(day -> html.append("<p class=\"as-of\">Launched on ")
        .append(MonthText.day(day)).append(".</p>\n"));
    html.append("<nav aria-label=\"Sections\"><ul>")
        .append("<li><a href=\"#dashboard\">Matrix</a></li>")
        .append("<li><a href=\"#projects\">Projects (").append(roadmap.projects().size())
        .append(")</a></li><li><a href=\"#organizations\">Organisations (")
        .append(roadmap.organizations().size()).append(")</a></li>")
        .append("<li><a href=\"#findings\">Findings (").append(findings.size())
        .append(")</a></li></ul></nav>\n</header>\n<main>\n");
    filters(html, page);
    MatrixHtml.write(html, page);
    ProjectCards.write(html, page);
    OrganizationsHtml.write(html, page);
    FindingsHtml.write(html, page);
    return html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n")
        .toString();
  }

  /** The filter form: hidden until the script runs, since without it the form does nothing. */
  private static void filters(StringBuilder html, PageModel page) {
    html.append("<form id=\"filters\" class=\"filters\" role=\"search\" hidden")
        .append(" aria-label=\"Filter the matrix and the project cards\">\n")
        .append("<div><label for=\"filter-state\">State</label><select id=\"filter-state\"")
        .append(" name=\"state\"><option value=\"\">Any state</option>");
    for (ActionState state : ActionState.values()) {
      html.append("<option value=\"").append(state.id()).append("\">")
          .append(StateStyle.of(state).label()).append("</option>");
    }
    html.append("</select></div>\n<div><label for=\"filter-pathway\">Pathway</label>")
        .append("<select id=\"filter-pathway\" name=\"pathway\"><option value=\"\">Any pathway")
        .append("</option>");
    for (Pathway pathway : page.roadmap.pathways()) {
      html.append("<option value=\"").append(pathway.number()).append("\">")
          .append(pathway.number()).append(' ').append(escape(pathway.title())).append("</option>");
    }
    html.append("</select></div>\n<div><label for=\"filter-axis\">Axis</label>")
        .append("<select id=\"filter-axis\" name=\"axis\"><option value=\"\">Any axis</option>");
    for (int r = 0; r < page.rows.size(); r++) {
      html.append("<option value=\"axis-").append(r + 1).append("\">")
          .append(escape(page.rows.get(r).title())).append("</option>");
    }
    html.append("</select></div>\n<div><label for=\"filter-text\">Search</label>")
        .append("<input id=\"filter-text\" name=\"q\" type=\"search\" autocomplete=\"off\">")
        .append("</div>\n<div><button type=\"reset\">Show everything</button></div>\n")
        .append("<p id=\"filter-status\" role=\"status\"></p>\n</form>\n");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("cep-render is missing its resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  /** A CSP source expression that allows exactly this inline text. */
  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
