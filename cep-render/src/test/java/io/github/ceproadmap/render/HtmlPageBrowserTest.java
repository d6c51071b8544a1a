package io.github.ceproadmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered page in a browser engine (HtmlUnit): its script, its filters, its links. */
class HtmlPageBrowserTest {
  @TempDir Path dir;

  @Test
  void withoutScriptEveryActionAndCardIsShownAndTheFiltersAreNot() throws IOException {
    Roadmap roadmap = Pages.published();
    try (Browser browser = new Browser(dir, Pages.render(roadmap), false)) {
      assertEquals(roadmap.allActions().size(), browser.shown(".action", "data-action").size());
      assertEquals(roadmap.projects().size(), browser.shown(".card", "id").size());
      assertFalse(browser.page.getElementById("filters").isDisplayed(),
          "a filter form that cannot work is shown");
      assertTrue(browser.page.getElementById("organizations").isDisplayed());
    }
  }

  @Test
  void theScriptRunsWithoutErrorAndShowsTheFiltersAndWhatTheyShow() throws IOException {
    Roadmap roadmap = Pages.published();
    try (Browser browser = new Browser(dir, Pages.render(roadmap), true)) {
      assertEquals(List.of(), browser.scriptErrors);
      assertTrue(browser.page.getElementById("filters").isDisplayed(), "the filters are hidden");
      assertEquals(roadmap.allActions().size(), browser.shown(".action", "data-action").size());
      int actions = roadmap.allActions().size();
      assertEquals("Showing " + actions + " of " + actions + " actions and 1 of 1 projects.",
          browser.page.getElementById("filter-status").getTextContent());
    }
  }

  @Test
  void theStateFilterNarrowsTheMatrixAndTheCardsToThatState() throws IOException {
    Roadmap roadmap = Pages.published();
    try (Browser browser = new Browser(dir, Pages.render(roadmap), true)) {
      select(browser, "filter-state", "completed");
      assertEquals(List.of("2.1", "2.5"), sorted(browser.shown(".action", "data-action")));
      assertEquals(List.of("project-P2.1"), browser.shown(".card", "id"));
      select(browser, "filter-state", "cep-activity-running");
      assertEquals(List.of(), browser.shown(".action", "data-action"));
      assertEquals(List.of(), browser.shown(".card", "id"));
      assertEquals("Showing 0 of " + roadmap.allActions().size() + " actions and 0 of 1 projects.",
          browser.page.getElementById("filter-status").getTextContent());
    }
  }

  @Test
  void thePathwayAndAxisFiltersKeepTheirActionsAndTheCrossCuttingOnes() throws IOException {
    Roadmap roadmap = Pages.published();
    try (Browser browser = new Browser(dir, Pages.render(roadmap), true)) {
      select(browser, "filter-pathway", "5");
      assertEquals(List.of("0.1", "5.1", "5.2", "5.3", "5.4", "5.6", "5.7"),
          sorted(browser.shown(".action", "data-action")));
      assertEquals(List.of(), browser.shown(".card", "id"), "P2.1 serves pathway 2 only");
      select(browser, "filter-pathway", "2");
      select(browser, "filter-axis", "axis-2");
      assertEquals(List.of("2.5", "2.6"), sorted(browser.shown(".action", "data-action")));
      assertEquals(List.of("project-P2.1"), browser.shown(".card", "id"));
    }
  }

  @Test
  void theSearchNarrowsToActionsAndCardsHoldingEveryWord() throws IOException {
    Roadmap roadmap = Pages.published();
    try (Browser browser = new Browser(dir, Pages.render(roadmap), true)) {
      HtmlInput search = (HtmlInput) browser.page.getElementById("filter-text");
      search.type("circular PROCUREMENT");
      Set<String> expected = roadmap.allActions().stream()
          .filter(action -> action.title().toLowerCase().contains("procurement")
              && action.title().toLowerCase().contains("circular"))
          .map(action -> action.id().toString()).collect(Collectors.toSet());
      assertEquals(sorted(List.copyOf(expected)), sorted(browser.shown(".action", "data-action")));
      assertFalse(expected.isEmpty());
      assertEquals(List.of("project-P2.1"), browser.shown(".card", "id"));
      search.type(" zzz-nothing");
      assertEquals(List.of(), browser.shown(".action", "data-action"));
    }
  }

  @Test
  void everyLinkOnThePublishedPageLeadsToAnElementOfThePageOrIsAMailAddress() throws IOException {
    try (Browser browser = new Browser(dir, Pages.render(Pages.published()), true)) {
      assertLinksResolve(browser);
      DomElement card = browser.page.getElementById("project-P2.1");
      assertNotNull(card);
      List<String> cardLinks = browser.all("#project-P2\\.1 a").stream()
          .map(a -> a.getAttribute("href")).toList();
      assertTrue(cardLinks.contains("#action-2.1") && cardLinks.contains("#action-2.5"), cardLinks::toString);
      assertTrue(cardLinks.contains("mailto:garam.bel@itu.int"), cardLinks::toString);
      List<String> cellLinks = browser.all("#action-2\\.5 a").stream()
          .map(a -> a.getAttribute("href")).toList();
      assertEquals(List.of("#project-P2.1"), cellLinks);
    }
  }

  @Test
  void generatedRoadmapsWithDefectsRenderPagesWhoseScriptRunsAndWhoseLinksResolve()
      throws IOException {
    for (Roadmap roadmap : Pages.generated()) {
      String html = Pages.render(roadmap);
      try (Browser browser = new Browser(dir, html, true)) {
        assertEquals(List.of(), browser.scriptErrors);
        assertLinksResolve(browser);
        assertEquals(roadmap.allActions().size(), browser.all(".action").size());
        assertEquals(roadmap.projects().size(), browser.all(".card").size());
        assertTrue(browser.all(".marks a").size() > 0 || browser.all("#findings tr").size() > 1,
            "the injected defect's finding is neither marked nor listed");
        select(browser, "filter-state", "none");
        for (DomElement action : browser.all(".action")) {
          assertEquals(action.getAttribute("data-state").equals("none"), action.isDisplayed(),
              action::asXml);
        }
      }
    }
  }

  private static void assertLinksResolve(Browser browser) {
    Set<String> ids = new HashSet<>();
    for (DomElement element : browser.all("[id]")) {
      assertTrue(ids.add(element.getId()), "two elements have the id " + element.getId());
    }
    List<DomElement> links = browser.all("a");
    assertFalse(links.isEmpty());
    for (DomElement link : links) {
      String href = link.getAttribute("href");
      if (href.startsWith("mailto:")) {
        continue;
      }
      assertTrue(href.startsWith("#"), "a link leaves the page: " + href);
      assertTrue(ids.contains(href.substring(1)), "a link leads nowhere: " + href);
    }
  }

  private static void select(Browser browser, String id, String value) {
    ((HtmlSelect) browser.page.getElementById(id)).setSelectedAttribute(value, true);
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
