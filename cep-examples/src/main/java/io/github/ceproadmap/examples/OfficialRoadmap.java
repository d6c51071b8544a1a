package io.github.ceproadmap.examples;

// tag::example[]
import io.github.ceproadmap.json.RoadmapEditions;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Roadmap;

/** Example: the official roadmap, edition 2.0, from the cep-json jar. */
public final class OfficialRoadmap {
  private OfficialRoadmap() {}

  /**
   * Prints the size of both published tables of edition 2.0 and the organisations with their
   * roles.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Roadmap dashboard = RoadmapEditions.edition2_0(); // "CEP project dashboard Q1 2024"
    Roadmap slide = RoadmapEditions.edition2_0ActivationSlide(); // its own numbering
    System.out.println(dashboard.title() + " " + dashboard.edition() + ", dashboard "
        + dashboard.statusQuarter().orElseThrow().label() + ": "
        + dashboard.allActions().size() + " actions; activation slide: "
        + slide.allActions().size() + " actions");
    for (Organization organization : dashboard.organizations()) {
      System.out.println(organization.name() + " " + organization.roles()
          + " " + organization.membershipYears());
    }
  }
}
// end::example[]
