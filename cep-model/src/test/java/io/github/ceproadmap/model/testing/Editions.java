package io.github.ceproadmap.model.testing;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The Circular Electronics Roadmap, edition 2.0, as published, built in code from the two seed
 * texts, verbatim and with their defects: the slides "ITU Workshop on circular economy
 * considerations" (2024) and the news "Closing the Loop enters into partnership with the
 * electronics industry" (22 March 2021).
 *
 * <ul>
 *   <li>{@link #tableA()}: the "CEP project dashboard Q1 2024" matrix, the reference edition;
 *   <li>{@link #tableB()}: the "Project activation Circular Electronics Roadmap 2.0" matrix,
 *       cells read by their id rather than by the column they shifted into.
 * </ul>
 *
 * <p>Both carry the partnership's launch day, every organisation the seeds name and project
 * P2.1; table A also the dashboard's quarter. These values are independent of any JSON
 * document, so that tests can check that the published documents decode to exactly them.
 */
public final class Editions {
  private static final String COLLECTIVE = ActionAxis.COLLECTIVE.id();
  private static final String COMPANY = ActionAxis.COMPANY.id();
  private static final String WIDER = ActionAxis.WIDER_STAKEHOLDER.id();

  /** "On March 18, 2021 the Circular Electronics Partnership (CEP) was launched." */
  private static final LocalDate LAUNCHED = LocalDate.of(2021, 3, 18);

  /** "CEP project dashboard Q1 2024". */
  private static final Quarter DASHBOARD = Quarter.of(2024, 1);

  private static final Year MEMBERSHIP = Year.of(2024);

  private Editions() {}

  /**
   * Returns table A: the reference edition 2.0 of the Q1 2024 dashboard, with the organisations
   * and project P2.1.
   *
   * @return the roadmap as published on the Q1 2024 dashboard
   */
  public static Roadmap tableA() {
    return base()
        .statusQuarter(DASHBOARD)
        .addPathways(
            pathway1(),
            pathway2("2.5"),
            pathway(3, "Scale responsible business models", pathway3Actions(true)),
            pathway4(true),
            pathway5(),
            pathway6())
        .addCrossCuttingActions(crossCutting01())
        .addAllOrganizations(organizations())
        .addProjects(projectP21())
        .build();
  }

  /**
   * Returns table B: the "Project activation" matrix, with the organisations and project P2.1.
   * Unlike table A it numbers the company action "Commit to meeting the demand..." 2.4 (a second
   * 2.4), lacks 3.7, and has no collective 4.3 (the slide text holds the shifted 3.4 in that
   * cell), so its 4.3 is not doubled; P2.1's second action, 2.5 in table A's numbering, is no
   * action of this table.
   *
   * @return the roadmap as the project activation slide shows it
   */
  public static Roadmap tableB() {
    return base()
        .addPathways(
            pathway1(),
            pathway2("2.4"),
            pathway(3, "Scale responsible business models", pathway3Actions(false)),
            pathway4(false),
            pathway5(),
            pathway6())
        .addCrossCuttingActions(crossCutting01())
        .addAllOrganizations(organizations())
        .addProjects(projectP21())
        .build();
  }

  /**
   * Returns the organisations the seeds name, each name as the seed writes it: the seven
   * founding partners, the partner organisations, the 2024 members (the slide "2024 Members",
   * names as its logos spell them) and the industry partners the launch news names as
   * contributors to the roadmap.
   *
   * @return the organisations, in the order the documents list them
   */
  public static List<Organization> organizations() {
    return List.of(
        organization("WEF", "World Economic Forum", OrganizationRole.FOUNDING_PARTNER),
        organization("GeSI", "Global Enabling Sustainability Initiative",
            OrganizationRole.FOUNDING_PARTNER, OrganizationRole.PARTNER),
        organization("PACE", "Platform for Accelerating the Circular Economy",
            OrganizationRole.FOUNDING_PARTNER),
        organization("ITU", "International telecommunication Union",
            OrganizationRole.FOUNDING_PARTNER),
        organization("Accenture-Strategy", "Accenture Strategy",
            OrganizationRole.FOUNDING_PARTNER),
        organization("RBA", "Responsible Business Alliance",
            OrganizationRole.FOUNDING_PARTNER, OrganizationRole.PARTNER),
        organization("GEC", "Global Electronics Council",
            OrganizationRole.FOUNDING_PARTNER, OrganizationRole.PARTNER),
        organization("WBCSD", "World Business Council for Sustainable Development",
            OrganizationRole.PARTNER),
        member("Accenture", "accenture"),
        member("Amazon", "amazon"),
        member("Dustin", "Dustin"),
        member("Glencore", "GLENCORE"),
        member("Globant", "Globant"),
        member("Jabil", "JABIL"),
        member("Lenovo", "Lenovo"),
        organization("Philips", "Philips", OrganizationRole.INDUSTRY_PARTNER),
        organization("Dell-Technologies", "Dell Technologies", OrganizationRole.INDUSTRY_PARTNER),
        organization("Nokia", "Nokia", OrganizationRole.INDUSTRY_PARTNER),
        organization("Sims-Recycling-Solutions", "Sims Recycling Solutions",
            OrganizationRole.INDUSTRY_PARTNER),
        organization("Xerox", "Xerox", OrganizationRole.INDUSTRY_PARTNER),
        organization("CTL", "Closing the Loop", OrganizationRole.INDUSTRY_PARTNER));
  }

  /**
   * Returns project P2.1 as its card describes it: completed, led by ITU and GEC, serving 2.1
   * and 2.5, from May 2022 for 13 months, with its two contacts, its description, the card's
   * activities, output and outcome columns, its deliverables and its dissemination.
   *
   * @return the project
   */
  public static Project projectP21() {
    return Project.builder()
        .id(ProjectId.parse("P2.1"))
        .title("Develop guidance for circular electronics procurement")
        .kind(ProjectKind.CEP_ACTIVITY)
        .status(ProjectStatus.COMPLETED)
        .addLeads("ITU", "GEC")
        .addActions(ActionId.parse("2.1"), ActionId.parse("2.5"))
        .start(YearMonth.of(2022, 5))
        .durationMonths(13)
        .addContacts(
            Contact.builder()
                .name("Garam Marc Bel")
                .email("garam.bel@itu.int")
                .organization("ITU")
                .build(),
            Contact.builder()
                .name("Shela Gobertina von Trapp")
                .email("Shela@gec.org")
                .organization("GEC")
                .build())
        .description(
            "Sustainable public procurement can be a market driver for innovation and an enabler"
                + " for a circular economy. Government agencies have been faced with the"
                + " complexity of hardware (longevity, e-waste). Today, ICT software and services"
                + " need to be procured – and operated - in an environmentally safe and"
                + " sustainable way. This project will support that sustainable procurement.")
        .addActivities(
            "Input on the circular and sustainable public procurement guide. Consultation and"
                + " review of the guide.")
        .addOutputs("Circular and Sustainable Public Procurement Guide, standard and e-learning.")
        .addOutcomes(
            "Adoption of improved procurement practices ICT/government relevant goods and"
                + " services.")
        .addDeliverables("Circular e-learning module for public procurement")
        .addDissemination("Multiple launch and introduction events")
        .build();
  }

  private static Roadmap.Builder base() {
    return Roadmap.builder()
        .id("circular-electronics-roadmap")
        .title("Circular Electronics Roadmap")
        .edition("2.0")
        .launched(LAUNCHED)
        .addAllAxes(ActionAxis.EDITION_2_0);
  }

  private static Pathway pathway1() {
    return pathway(1, "Design for Circularity",
        action("1.1", COLLECTIVE, "Define circular products and services"),
        action("1.2", COLLECTIVE, "Set up an industry repository for circular electronics"),
        action("1.3", COLLECTIVE,
            "Develop and roll out tools and education for circular electronics design"),
        action("1.4", COMPANY,
            "Develop and implement circular transition tools within companies"),
        action("1.5", WIDER,
            "Create an enabling environment for the sale of circular products and services"));
  }

  /** Pathway 2, its company action "Commit to meeting the demand..." numbered {@code commitId}. */
  private static Pathway pathway2(String commitId) {
    return pathway(2, "Drive demand for circular products and services",
        action("2.1", COLLECTIVE, "Develop guidance for circular electronics procurement"),
        action("2.2", COLLECTIVE,
            "Stimulate the circular procurement of electronics on a global scale"),
        action("2.3", COLLECTIVE,
            "Quantify and communicate the value of circular products and services"),
        action("2.4", COLLECTIVE,
            "Train and reward knowledge and the consistent application of circular procurement"),
        action(commitId, COMPANY, "Commit to meeting the demand for circular products and services"),
        action("2.6", COMPANY, "Report on company circular procurement data"),
        action("2.7", WIDER,
            "Develop and harmonize circular procurement global reporting standards"));
  }

  private static Action[] pathway3Actions(boolean with37) {
    List<Action> actions = new java.util.ArrayList<>(List.of(
        action("3.1", COLLECTIVE,
            "Explore consumer needs on circularity to drive demand and generate business value"),
        action("3.2", COLLECTIVE,
            "Consistently measure and communicate to investors about the performance of"
                + " circular business models"),
        action("3.3", COLLECTIVE,
            "Assess the scope 3 GHG emission benefits as a result of circular solutions"),
        action("3.4", COLLECTIVE, "Adapt accounting for circular electronics"),
        action("3.5", COMPANY,
            "Invest in circular business models with social and environmental impact"),
        action("3.6", COMPANY, "Utilize best practices on data sanitization")));
    if (with37) {
      actions.add(action("3.7", COMPANY,
          "Enable repair providers and consumers to conduct appropriate repairs safely"));
    }
    actions.add(action("3.8", WIDER,
        "Ensure legal clarity on the liability for product defects and access to insurance for"
            + " repair and refurbishment"));
    actions.add(action("3.9", WIDER,
        "Enforce labor rights and enable the formalization of companies and workers"));
    return actions.toArray(Action[]::new);
  }

  /**
   * Pathway 4. Table A holds a collective 4.3 beside the company 4.3; in table B's slide text
   * that cell holds the shifted 3.4 instead, so table B has no collective 4.3.
   */
  private static Pathway pathway4(boolean withCollective43) {
    List<Action> actions = new ArrayList<>(List.of(
        action("4.1", COLLECTIVE, "Strengthen convenient take-back and collection"),
        action("4.2", COLLECTIVE,
            "Consolidate historic e-waste mapping an assess recoverability")));
    if (withCollective43) {
      actions.add(action("4.3", COLLECTIVE, "Tie take-back and collection to the business model"));
    }
    actions.addAll(List.of(
        action("4.3", COMPANY,
            "Engage informal actors and support their transition to formalized entrepreneurs"),
        action("4.4", COMPANY, "Tie take-back and collection to the business model"),
        action("4.5", WIDER,
            "Harmonize definitions and reporting for WEEE/EEE take-back and collection"),
        action("4.6", WIDER,
            "Increase public-private cooperation in the development of effective EPR"
                + " regulation")));
    return pathway(4, "Increase the official collection rate", actions.toArray(Action[]::new));
  }

  private static Pathway pathway5() {
    return pathway(5, "Aggregate for reuse and recycling",
        action("5.1", COLLECTIVE,
            "Accelerate progress towards the digitization of the PIC procedure under the Basel"
                + " Convention"),
        action("5.2", COLLECTIVE,
            "Pilot \"trusted trader agreements\" that ease the complexity of moving waste"
                + " electronics to certified recyclers"),
        action("5.3", COLLECTIVE,
            "Plan sorting, pre-processing and recycling operations at the regional and global"
                + " level"),
        action("5.4", WIDER,
            "Improve the classification of waste at borders through trade facilitation"
                + " programs and capacity building"),
        action("5.6", WIDER, "Move towards an insurance model for financial guarantees"),
        action("5.7", WIDER,
            "Move to an opt-out system for transit countries and allow for flexibility"));
  }

  private static Pathway pathway6() {
    return pathway(6, "Scale secondary material markets",
        action("6.1", COLLECTIVE, "Develop data standards and definitions for secondary materials"),
        action("6.2", COLLECTIVE, "Create an EHS assurance scheme for secondary materials"),
        action("6.3", COLLECTIVE,
            "Standardize material tracking and provide traceability and sourcing transparency"),
        action("6.4", COMPANY, "Commit to scale secondary material use in the long term"),
        action("6.5", WIDER,
            "Incentivize technology investments for meeting future secondary material demand"),
        action("6.6", WIDER, "Incentivize the sale of secondary materials"));
  }

  private static Action crossCutting01() {
    return action("0.1", COLLECTIVE,
        "Explore the implementation of value chain data exchange mechanisms to enable"
            + " circularity");
  }

  private static Pathway pathway(int number, String title, Action... actions) {
    return Pathway.builder().number(number).title(title).addActions(actions).build();
  }

  private static Action action(String id, String axis, String title) {
    return Action.builder().id(ActionId.parse(id)).axis(axis).title(title).build();
  }

  private static Organization organization(String id, String name, OrganizationRole... roles) {
    return Organization.builder().id(id).name(name).addRoles(roles).build();
  }

  private static Organization member(String id, String name) {
    return Organization.builder()
        .id(id)
        .name(name)
        .addRoles(OrganizationRole.MEMBER)
        .addMembershipYears(MEMBERSHIP)
        .build();
  }
}
