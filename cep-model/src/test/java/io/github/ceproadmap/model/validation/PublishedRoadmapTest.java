package io.github.ceproadmap.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published edition 2.0 matrix, read as data, gives exactly the findings DOMAIN.md section 3
 * promises: the catalog's acceptance test.
 */
class PublishedRoadmapTest {
  /**
   * Table A, the "CEP project dashboard Q1 2024": a pathway line is "number title"; an action
   * line is "id axis title". Titles verbatim, typos included.
   */
  private static final String TABLE_A =
      """
      1 Design for Circularity
      1.1 collective Define circular products and services
      1.2 collective Set up an industry repository for circular electronics
      1.3 collective Develop and roll out tools and education for circular electronics design
      1.4 company Develop and implement circular transition tools within companies
      1.5 wider-stakeholder Create an enabling environment for the sale of circular products and services
      2 Drive demand for circular products and services
      2.1 collective Develop guidance for circular electronics procurement
      2.2 collective Stimulate the circular procurement of electronics on a global scale
      2.3 collective Quantify and communicate the value of circular products and services
      2.4 collective Train and reward knowledge and the consistent application of circular procurement
      2.5 company Commit to meeting the demand for circular products and services
      2.6 company Report on company circular procurement data
      2.7 wider-stakeholder Develop and harmonize circular procurement global reporting standards
      3 Scale responsible business models
      3.1 collective Explore consumer needs on circularity to drive demand and generate business value
      3.2 collective Consistently measure and communicate to investors about the performance of circular business models
      3.3 collective Assess the scope 3 GHG emission benefits as a result of circular solutions
      3.4 collective Adapt accounting for circular electronics
      3.5 company Invest in circular business models with social and environmental impact
      3.6 company Utilize best practices on data sanitization
      3.7 company Enable repair providers and consumers to conduct appropriate repairs safely
      3.8 wider-stakeholder Ensure legal clarity on the liability for product defects and access to insurance for repair and refurbishment
      3.9 wider-stakeholder Enforce labor rights and enable the formalization of companies and workers
      4 Increase the official collection rate
      4.1 collective Strengthen convenient take-back and collection
      4.2 collective Consolidate historic e-waste mapping an assess recoverability
      4.3 collective Tie take-back and collection to the business model
      4.3 company Engage informal actors and support their transition to formalized entrepreneurs
      4.4 company Tie take-back and collection to the business model
      4.5 wider-stakeholder Harmonize definitions and reporting for WEEE/EEE take-back and collection
      4.6 wider-stakeholder Increase public-private cooperation in the development of effective EPR regulation
      5 Aggregate for reuse and recycling
      5.1 collective Accelerate progress towards the digitization of the PIC procedure under the Basel Convention
      5.2 collective Pilot "trusted trader agreements" that ease the complexity of moving waste electronics to certified recyclers
      5.3 collective Plan sorting, pre-processing and recycling operations at the regional and global level
      5.4 wider-stakeholder Improve the classification of waste at borders through trade facilitation programs and capacity building
      5.6 wider-stakeholder Move towards an insurance model for financial guarantees
      5.7 wider-stakeholder Move to an opt-out system for transit countries and allow for flexibility
      6 Scale secondary material markets
      6.1 collective Develop data standards and definitions for secondary materials
      6.2 collective Create an EHS assurance scheme for secondary materials
      6.3 collective Standardize material tracking and provide traceability and sourcing transparency
      6.4 company Commit to scale secondary material use in the long term
      6.5 wider-stakeholder Incentivize technology investments for meeting future secondary material demand
      6.6 wider-stakeholder Incentivize the sale of secondary materials
      0.1 collective Explore the implementation of value chain data exchange mechanisms to enable circularity
      """;

  /**
   * Table B, "Project activation Circular Electronics Roadmap 2.0", read by id: table A but with
   * the company action numbered 2.4 instead of 2.5, and without 3.7.
   */
  private static final String TABLE_B =
      TABLE_A
          .replace("2.5 company Commit", "2.4 company Commit")
          .replace(
              "3.7 company Enable repair providers and consumers to conduct appropriate repairs safely\n",
              "");

  @Test
  void tableAWithItsProjectGivesExactlyTheFourPublishedDefects() {
    Roadmap tableA = withP21(matrix(TABLE_A));

    assertEquals(
        List.of(
            "error duplicate-action-id /pathways/3/actions/3/id",
            "warning duplicate-action-title /pathways/3/actions/4/title",
            "info empty-axis-in-pathway /pathways/4/actions",
            "warning action-numbering-gap /pathways/4/actions/4/id"),
        summary(Validator.builder().asOf(YearMonth.of(2024, 3)).build().validate(tableA)));
  }

  @Test
  void tableBGivesTableADefectsAndItsOwnThree() {
    assertEquals(
        List.of(
            "error duplicate-action-id /pathways/1/actions/4/id",
            "warning action-numbering-gap /pathways/1/actions/5/id",
            "warning action-numbering-gap /pathways/2/actions/6/id",
            "error duplicate-action-id /pathways/3/actions/3/id",
            "warning duplicate-action-title /pathways/3/actions/4/title",
            "info empty-axis-in-pathway /pathways/4/actions",
            "warning action-numbering-gap /pathways/4/actions/4/id"),
        summary(Validator.standard().validate(matrix(TABLE_B))));
  }

  private static List<String> summary(ValidationReport report) {
    return report.findings().stream()
        .map(f -> f.severity().id() + " " + f.rule() + " " + f.pointer())
        .toList();
  }

  private static Roadmap matrix(String table) {
    Roadmap.Builder roadmap =
        Roadmap.builder()
            .id("circular-electronics-roadmap")
            .title("Circular Electronics Roadmap")
            .edition("2.0")
            .addAllAxes(ActionAxis.EDITION_2_0);
    List<Pathway> pathways = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] parts = line.split(" ", 3);
      if (!parts[0].contains(".")) {
        pathways.add(
            Pathway.builder().number(Integer.parseInt(parts[0])).title(line.substring(2)).build());
      } else if (parts[0].startsWith("0.")) {
        roadmap.addCrossCuttingActions(Roadmaps.action(parts[0], axis(parts[1]), parts[2]));
      } else {
        int last = pathways.size() - 1;
        pathways.set(
            last,
            pathways.get(last).toBuilder()
                .addActions(Roadmaps.action(parts[0], axis(parts[1]), parts[2]))
                .build());
      }
    }
    return roadmap.pathways(pathways).build();
  }

  private static ActionAxis axis(String id) {
    return ActionAxis.EDITION_2_0.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /** Adds the published P2.1 project and the organisations it names. */
  private static Roadmap withP21(Roadmap roadmap) {
    return roadmap.toBuilder()
        .addOrganizations(Roadmaps.organization("ITU"), Roadmaps.organization("GEC"))
        .addProjects(
            Roadmaps.project("P2.1", "2.1", "2.5").toBuilder()
                .title("Develop guidance for circular electronics procurement")
                .status(ProjectStatus.COMPLETED)
                .leads(List.of("ITU", "GEC"))
                .start(YearMonth.of(2022, 5))
                .durationMonths(13)
                .addContacts(
                    Contact.builder().name("Garam Marc Bel").email("garam.bel@itu.int")
                        .organization("ITU").build(),
                    Contact.builder().name("Shela Gobertina von Trapp").email("Shela@gec.org")
                        .organization("GEC").build())
                .build())
        .build();
  }
}
