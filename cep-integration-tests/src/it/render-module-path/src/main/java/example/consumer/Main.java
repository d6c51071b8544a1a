package example.consumer;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.Finding;
import io.github.ceproadmap.model.validation.Validator;
import io.github.ceproadmap.render.HtmlPage;
import io.github.ceproadmap.render.MatrixText;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Renders a roadmap with a finding as the dashboard page and as the Markdown matrix with
 * cep-render, which needs nothing but cep-model: no JSON library is on this consumer's paths.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Roadmap roadmap = Roadmap.builder()
        .id("consumer-roadmap").title("Circular Electronics Roadmap").edition("2.0")
        .addAllAxes(ActionAxis.EDITION_2_0)
        .addPathways(Pathway.builder().number(1).title("Design for Circularity")
            .addActions(action("1.1", "Define circular products and services"))
            .addActions(action("1.1", "Set up an industry repository"))
            .build())
        .build();
    List<Finding> findings = Validator.standard().validate(roadmap).findings();
    require(!findings.isEmpty(), "the duplicate action id should be a finding");
    String page = HtmlPage.render(roadmap, findings, Optional.of(YearMonth.of(2024, 3)));
    require(page.startsWith("<!DOCTYPE html>"), "not an HTML page: " + page.substring(0, 40));
    require(page.contains("Define circular products and services"), "the page lacks action 1.1");
    require(page.contains("duplicate-action-id"), "the page lacks the finding");
    String markdown = MatrixText.markdown(roadmap);
    require(markdown.contains("Design for Circularity"), "the matrix lacks pathway 1");
    require(isAbsent("tools.jackson.databind.ObjectMapper"), "Jackson reached the consumer");
    System.out.println("cep-render as " + HtmlPage.class.getModule() + ": a page of "
        + page.length() + " characters and a matrix of " + markdown.lines().count() + " lines");
  }

  private static boolean isAbsent(String className) {
    try {
      Class.forName(className);
      return false;
    } catch (ClassNotFoundException expected) {
      return true;
    }
  }

  private static Action action(String id, String title) {
    return Action.builder().id(ActionId.parse(id)).axis("collective").title(title).build();
  }

  private static void require(boolean holds, String problem) {
    if (!holds) {
      throw new AssertionError(problem);
    }
  }
}
