package io.github.ceproadmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.testing.Editions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.htmlunit.html.DomElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the page says: the dashboard's heading, the project card, organisations, findings. */
class HtmlPageContentTest {
  @TempDir Path dir;

  private Browser open(String html) throws IOException {
    return new Browser(dir, html, false);
  }

  private static String text(Browser browser, String selector) {
    return browser.all(selector).get(0).getVisibleText().replaceAll("\\s+", " ").strip();
  }

  @Test
  void theHeadingNamesTheRoadmapItsEditionAndTheQuarterOfTheAsOfMonth() throws IOException {
    try (Browser browser = open(Pages.render(Pages.published()))) {
      assertEquals("Circular Electronics Roadmap, edition 2.0 Project dashboard Q1 2024",
          text(browser, "h1"));
      assertEquals("Project states as of March 2024.", text(browser, ".as-of"));
    }
    String undated = HtmlPage.render(
        Pages.published().toBuilder().statusQuarter(Optional.empty()).build(), List.of(),
        Optional.empty());
    try (Browser browser = open(undated)) {
      assertEquals("Circular Electronics Roadmap, edition 2.0 Project dashboard",
          text(browser, "h1"));
    }
  }

  @Test
  void theCardOfP21ReadsLikeThePublishedSlide() throws IOException {
    try (Browser browser = open(Pages.render(Pages.published()))) {
      String card = "#project-P2\\.1 ";
      assertEquals("CEP project", text(browser, card + ".kind"));
      assertEquals("P2.1 Develop guidance for circular electronics procurement",
          text(browser, card + "h3"));
      assertEquals("\u2714 Completed", text(browser, card + ".badge"));
      assertTrue(text(browser, card + "p:not(.kind):not(.badge)")
          .startsWith("Sustainable public procurement can be a market driver"));
      List<String> flow = browser.all(card + ".flow h4").stream()
          .map(DomElement::getVisibleText).toList();
      assertEquals(List.of("Activities", "Outputs", "Outcomes", "Project deliverables (output)",
          "Dissemination (outcome)"), flow);
      assertEquals(List.of("Multiple launch and introduction events"),
          browser.all(card + ".flow:last-of-type section:last-child li").stream()
              .map(DomElement::getVisibleText).toList());
      assertEquals(List.of("(Co)Lead", "Pathway actions", "Commencing", "Duration",
          "Contact persons"), browser.all(card + "dt").stream().map(DomElement::getVisibleText).toList());
      List<String> facts = browser.all(card + "dd").stream()
          .map(dd -> dd.getVisibleText().replaceAll("\\s+", " ").strip()).toList();
      assertEquals("International telecommunication Union & Global Electronics Council", facts.get(0));
      assertEquals("2.1 Develop guidance for circular electronics procurement 2.5 Commit to"
          + " meeting the demand for circular products and services", facts.get(1));
      assertEquals("May 2022", facts.get(2));
      assertEquals("13 months, until May 2023", facts.get(3));
      assertEquals("Garam Marc Bel, garam.bel@itu.int, International telecommunication Union"
          + " Shela Gobertina von Trapp, Shela@gec.org, Global Electronics Council", facts.get(4));
      assertEquals(List.of("#org-ITU", "#org-GEC", "#action-2.1", "#action-2.5",
              "mailto:garam.bel@itu.int", "#org-ITU", "mailto:Shela@gec.org", "#org-GEC"),
          browser.all(card + "dd a").stream().map(a -> a.getAttribute("href")).toList());
    }
  }

  @Test
  void organisationsAreGroupedByRoleEachWithTheProjectsItLeads() throws IOException {
    try (Browser browser = open(Pages.render(Pages.published()))) {
      assertEquals(List.of("Founding partners", "Partner organisations", "2024 members",
              "Industry partners"),
          browser.all("#organizations h3").stream().map(DomElement::getVisibleText).toList());
      assertEquals(7, browser.all("#organizations ul.organizations").get(0)
          .getChildElementCount());
      assertEquals("International telecommunication Union (ITU) leads P2.1 Develop guidance for"
          + " circular electronics procurement", text(browser, "#org-ITU"));
      assertEquals("amazon (Amazon)", text(browser, "#org-Amazon"), "the name as published");
    }
  }

  @Test
  void withoutAnAsOfMonthTheRoadmapsStatusQuarterNamesTheDashboard() throws IOException {
    Roadmap roadmap = Pages.published().toBuilder()
        .statusQuarter(Quarter.parse("2023-Q4")).launched(LocalDate.of(2021, 3, 18)).build();
    try (Browser browser = open(HtmlPage.render(roadmap, List.of(), Optional.empty()))) {
      assertEquals("Circular Electronics Roadmap, edition 2.0 Project dashboard Q4 2023",
          text(browser, "h1"));
      assertEquals("Launched on 18 March 2021.", text(browser, ".as-of"));
    }
    try (Browser browser = open(Pages.render(roadmap))) {
      assertTrue(text(browser, "h1").endsWith("Q1 2024"), "the as-of month comes first");
    }
  }

  @Test
  void membersAreListedByYearAndIndustryPartnersOnTheirOwn() throws IOException {
    List<Organization> organizations = List.of(
        org("Amazon", OrganizationRole.MEMBER, 2023, 2024),
        org("Dustin", OrganizationRole.MEMBER, 2024),
        org("Xerox", OrganizationRole.INDUSTRY_PARTNER),
        org("Someone", OrganizationRole.MEMBER));
    Roadmap roadmap = Pages.published().toBuilder().organizations(organizations).projects(List.of())
        .build();
    try (Browser browser = open(HtmlPage.render(roadmap, List.of(), Optional.empty()))) {
      assertEquals(List.of("2024 members", "2023 members", "Members, years not given",
              "Industry partners"),
          browser.all("#organizations h3").stream().map(DomElement::getVisibleText).toList());
      assertEquals(List.of(2, 1, 1, 1), browser.all("#organizations ul.organizations").stream()
          .map(DomElement::getChildElementCount).toList());
    }
  }

  private static Organization org(String id, OrganizationRole role, int... years) {
    Organization.Builder org = Organization.builder().id(id).name(id + " Inc.").addRoles(role);
    for (int year : years) {
      org.addMembershipYears(Year.of(year));
    }
    return org.build();
  }

  @Test
  void everyFindingIsListedAndLinkedBothWaysWithItsPlace() throws IOException {
    Roadmap tableA = Editions.tableA();
    try (Browser browser = open(Pages.render(tableA))) {
      List<DomElement> rows = browser.all("#findings tbody tr");
      assertEquals(4, rows.size());
      int linked = 0;
      for (DomElement row : rows) {
        for (DomElement link : row.getElementsByTagName("a")) {
          DomElement place = browser.page.getElementById(link.getAttribute("href").substring(1));
          assertNotNull(place, link::asXml);
          assertTrue(place.getAttribute("class").contains("has-findings"), place::asXml);
          assertTrue(place.querySelectorAll("a[href='#" + row.getId() + "']").size() == 1,
              () -> place.asXml() + " does not link back to " + row.getId());
          linked++;
        }
      }
      assertEquals(4, linked, "every finding of table A is about an action or a pathway");
      assertEquals("action-4.3~2", browser.all("#findings tbody tr a").get(0)
          .getAttribute("href").substring(1), "the second 4.3 is the duplicate");
    }
  }

  @Test
  void everyActionShowsItsStateByShapeAndWordsAsWellAsColour() throws IOException {
    Roadmap roadmap = Pages.generated().get(0);
    try (Browser browser = open(Pages.render(roadmap))) {
      for (DomElement action : browser.all(".action")) {
        ActionState state = ActionState.valueOf(
            action.getAttribute("data-state").toUpperCase().replace('-', '_'));
        StateStyle style = StateStyle.of(state);
        assertTrue(action.getTextContent().contains(style.label() + ": "), action::asXml);
        assertEquals(state != ActionState.NONE, !action.querySelectorAll(".shape").isEmpty());
      }
    }
  }

  @Test
  void datesAndDurationsAreWrittenAsPeopleWriteThem() {
    assertEquals("18 March 2021", MonthText.day(LocalDate.of(2021, 3, 18)));
    assertEquals("May 2022", MonthText.month(YearMonth.of(2022, 5)));
    assertEquals("1 month", MonthText.duration(1));
    assertEquals("13 months", MonthText.duration(13));
  }

  @Test
  void aMailAddressCannotAddHeadersOrBreakItsLink() {
    assertEquals("garam.bel@itu.int", ProjectCards.mailto("garam.bel@itu.int"));
    assertEquals("a%20b@x.org%3Fcc%3Devil@y.org%22%3E", ProjectCards.mailto("a b@x.org?cc=evil@y.org\">"));
    assertFalse(ProjectCards.mailto("ü@é.org").contains("ü"));
  }
}
