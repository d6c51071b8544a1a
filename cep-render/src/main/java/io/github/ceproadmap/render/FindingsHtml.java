package io.github.ceproadmap.render;

import static io.github.ceproadmap.render.Html.escape;

import io.github.ceproadmap.model.validation.Finding;
import java.util.List;

/**
 * Validation findings on the page: a mark on each element a finding is about, linking to the
 * finding, and the list of all findings, each linking back to its place.
 */
final class FindingsHtml {
  private FindingsHtml() {}

  /** Marks the findings about {@code place}, if any, inside the element that draws it. */
  static void marks(StringBuilder html, PageModel page, Place place) {
    List<Integer> marks = page.marks(place);
    if (marks.isEmpty()) {
      return;
    }
    html.append("<ul class=\"marks\">");
    for (int index : marks) {
      Finding finding = page.findings.get(index);
      html.append("<li><a href=\"#").append(PageModel.findingId(index)).append("\">")
          .append("<span aria-hidden=\"true\">! </span>").append(finding.severity().id())
          .append(": ").append(escape(finding.rule())).append("</a></li>");
    }
    html.append("</ul>");
  }

  static void write(StringBuilder html, PageModel page) {
    html.append("<section id=\"findings\" aria-labelledby=\"findings-heading\">\n")
        .append("<h2 id=\"findings-heading\">Validation findings</h2>\n");
    if (page.findings.isEmpty()) {
      html.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    html.append("<div class=\"table-frame\"><table class=\"all-findings\">\n<thead><tr>")
        .append("<th scope=\"col\">Severity</th><th scope=\"col\">Rule</th>")
        .append("<th scope=\"col\">Where</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < page.findings.size(); i++) {
      Finding finding = page.findings.get(i);
      html.append("<tr id=\"").append(PageModel.findingId(i)).append("\" class=\"")
          .append(finding.severity().id()).append("\"><td>").append(finding.severity().id())
          .append("</td><td>").append(escape(finding.rule())).append("</td><td>");
      String pointer = finding.pointer().isRoot()
          ? "the document" : "<code>" + escape(finding.pointer().toString()) + "</code>";
      Place.of(finding.pointer()).flatMap(page::id).ifPresentOrElse(
          id -> html.append("<a href=\"#").append(id).append("\">").append(pointer).append("</a>"),
          () -> html.append(pointer));
      html.append("</td><td>").append(escape(finding.message())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table></div>\n</section>\n");
  }
}
