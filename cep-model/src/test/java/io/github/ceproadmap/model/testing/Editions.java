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
import io.github.ceproadmap.model.Roadmap;
import java.time.YearMonth;
import java.util.List;

/**
 * The Circular Electronics Roadmap, edition 2.0, as published, built in code from the seed text
 * ("ITU Workshop on circular economy considerations", 2024), verbatim and with its defects.
 *
 * <ul>
 *   <li>{@link #tableA()}: the "CEP project dashboard Q1 2024" matrix, the reference edition,
 *       with project P2.1 and the organisations the seeds name;
 *   <li>{@link #tableB()}: the "Project activation Circular Electronics Roadmap 2.0" matrix
 *       alone, cells read by their id rather than by the column they shifted into.
 * </ul>
 *
 * <p>These are independent of any JSON document, so that tests can check that the published
 * documents decode to exactly these values.
 */
public final class Editions {
  private static final String COLLECTIVE = ActionAxis.COLLECTIVE.id();
  private static final String COMPANY = ActionAxis.COMPANY.id();
  private static final String WIDER = ActionAxis.WIDER_STAKEHOLDER.id();

  private Editions() {}

  /**
   * Returns table A: the reference edition 2.0 with project P2.1 and the organisations.
   *
   * @return the roadmap as published on the Q1 2024 dashboard
   */
  public static Roadmap tableA() {
    return base()
        .addPathways(
            pathway1(),
            pathway2("2.5"),
            pathway(3, "Scale responsible business models", pathway3Actions(true)),
            pathway4(),
            pathway5(),
            pathway6())
        .addCrossCuttingActions(crossCutting01())
        .addAllOrganizations(organizations())
        .addProjects(projectP21())
        .build();
  }

  /**
   * Returns table B: the "Project activation" matrix alone (no organisations, no projects).
   * Beside table A's defects it numbers the company action "Commit to meeting the demand..."
   * 2.4 (a second 2.4) and lacks 3.7.
   *
   * @return the roadmap as the project activation slide shows it
   */
  public static Roadmap tableB() {
    return base()
        .addPathways(
            pathway1(),
            pathway2("2.4"),
            pathway(3, "Scale responsible business models", pathway3Actions(false)),
            pathway4(),
            pathway5(),
            pathway6())
        .addCrossCuttingActions(crossCutting01())
        .build();
  }

  /**
   * Returns the organisations the seeds name: the seven founding partners, the partner
   * organisations and the 2024 members.
   *
   * @return the organisations, in the order table A's document lists them
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
        organization("Accenture", "Accenture", OrganizationRole.MEMBER),
        organization("Amazon", "Amazon", OrganizationRole.MEMBER),
        organization("Dustin", "Dustin", OrganizationRole.MEMBER),
        organization("Glencore", "Glencore", OrganizationRole.MEMBER),
        organization("Globant", "Globant", OrganizationRole.MEMBER),
        organization("Jabil", "Jabil", OrganizationRole.MEMBER),
        organization("Lenovo", "Lenovo", OrganizationRole.MEMBER));
  }

  /**
   * Returns project P2.1 as the seed describes it: completed, led by ITU and GEC, serving 2.1
   * and 2.5, from May 2022 for 13 months.
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
        .addOutputs(
            "Circular and Sustainable Public Procurement Guide, standard and e-learning.",
            "Circular e-learning module for public procurement")
        .addOutcomes(
            "Adoption of improved procurement practices ICT/government relevant goods and"
                + " services.",
            "Multiple launch and introduction events")
        .build();
  }

  private static Roadmap.Builder base() {
    return Roadmap.builder()
        .id("circular-electronics-roadmap")
        .title("Circular Electronics Roadmap")
        .edition("2.0")
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

  private static Pathway pathway4() {
    return pathway(4, "Increase the official collection rate",
        action("4.1", COLLECTIVE, "Strengthen convenient take-back and collection"),
        action("4.2", COLLECTIVE,
            "Consolidate historic e-waste mapping an assess recoverability"),
        action("4.3", COLLECTIVE, "Tie take-back and collection to the business model"),
        action("4.3", COMPANY,
            "Engage informal actors and support their transition to formalized entrepreneurs"),
        action("4.4", COMPANY, "Tie take-back and collection to the business model"),
        action("4.5", WIDER,
            "Harmonize definitions and reporting for WEEE/EEE take-back and collection"),
        action("4.6", WIDER,
            "Increase public-private cooperation in the development of effective EPR"
                + " regulation"));
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
}
