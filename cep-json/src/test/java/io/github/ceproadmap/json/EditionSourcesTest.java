package io.github.ceproadmap.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.Roadmap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published documents against their two sources, copied beside this test from the project's
 * seeds: the slides "ITU Workshop on circular economy considerations" (2024, {@code 000_...})
 * and the news "Closing the Loop enters into partnership with the electronics industry" (2021,
 * {@code 001_...}). Every text the documents hold is in a source verbatim (white space aside),
 * and every organisation and project fact the sources state is in the documents.
 */
class EditionSourcesTest {
  private static final String SLIDES = text("seeds/000_ed77e12e27cc6bb5.txt");
  private static final String NEWS = text("seeds/001_ba566a988c270a9d.txt");
  private static final String SOURCES = normalized(SLIDES + "\n" + NEWS);

  /** Keys whose values are ids or codes of the format, not text from a source. */
  private static final Set<String> CODES = Set.of("schemaVersion", "id", "axis", "kind", "status",
      "roles", "leads", "actions", "start", "launched", "statusQuarter", "organization");

  @ParameterizedTest
  @ValueSource(strings = {RoadmapEditions.EDITION_2_0, RoadmapEditions.EDITION_2_0_ACTIVATION_SLIDE})
  void everyTextOfTheDocumentIsInASourceVerbatim(String resource) {
    JsonNode document = JsonMapper.builder().build().readTree(RoadmapEditions.bytes(resource));
    List<String> texts = new ArrayList<>();
    collectTexts(document, null, texts);
    assertTrue(texts.size() > 60, "too few texts: " + texts);
    for (String text : texts) {
      assertTrue(SOURCES.contains(normalized(text)), () -> "not in the sources: " + text);
    }
  }

  @Test
  void theSevenFoundingPartnersOfTheNewsAreFoundingPartners() {
    Matcher sentence = Pattern.compile("set up by 7 founding partners; (.*?)\\. Together")
        .matcher(normalized(NEWS));
    assertTrue(sentence.find());
    List<String> names = Arrays.stream(sentence.group(1).split(", | and "))
        .map(name -> name.replaceFirst("^the ", "").replaceFirst(" \\([A-Za-z]+\\)$", ""))
        .toList();
    assertEquals(7, names.size(), names::toString);
    assertRoles(names, OrganizationRole.FOUNDING_PARTNER);
  }

  @Test
  void theIndustryPartnersOfTheNewsAreIndustryPartners() {
    Matcher sentence = Pattern.compile("industry partners, such as (.*?), (Closing the Loop) has"
        + " contributed to the roadmap").matcher(normalized(NEWS));
    assertTrue(sentence.find());
    List<String> names = new ArrayList<>(List.of(sentence.group(1).split(", | and ")));
    names.add(sentence.group(2));
    assertEquals(List.of("Philips", "Dell Technologies", "Nokia", "Sims Recycling Solutions",
        "Xerox", "Closing the Loop"), names);
    assertRoles(names, OrganizationRole.INDUSTRY_PARTNER);
  }

  @Test
  void theSlidesMembersAreMembersOfTheirYear() {
    String block = SLIDES.substring(SLIDES.indexOf("2024 Members"), SLIDES.indexOf("\nPartners"));
    List<String> names = block.lines().skip(1).map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
    assertEquals(7, names.size(), names::toString);
    assertRoles(names, OrganizationRole.MEMBER);
    for (Roadmap roadmap : editions()) {
      for (String name : names) {
        assertEquals(List.of(Year.of(2024)), byName(roadmap, name).membershipYears(), name);
      }
    }
  }

  @Test
  void theSlidesPartnerOrganizationsArePartners() {
    // The slide shows logos; these are the four organisations whose names the logos spell.
    String logos = normalized(SLIDES.substring(SLIDES.indexOf("Partner organizations"),
        SLIDES.indexOf("Industry vision")));
    List<String> names = List.of("Global Electronics Council", "Global Enabling Sustainability"
        + " Initiative", "Responsible Business Alliance", "World Business Council for Sustainable"
        + " Development");
    for (String logo : List.of("GLOBAL ELECTRONICS COUNCIL", "GeSI", "Responsible Business"
        + " Alliance", "World Business Council for Sustainable Development")) {
      assertTrue(logos.contains(logo), logo);
    }
    assertRoles(names, OrganizationRole.PARTNER);
  }

  @Test
  void everyOrganizationIsOneTheSourcesName() {
    for (Roadmap roadmap : editions()) {
      assertEquals(21, roadmap.organizations().size());
    }
  }

  @Test
  void project21HasEveryFactOfItsCard() {
    String card = normalized(SLIDES.substring(SLIDES.indexOf("Project description"),
        SLIDES.indexOf("Join us!")));
    for (Roadmap roadmap : editions()) {
      Project project = roadmap.project(ProjectId.parse("P2.1")).orElseThrow();
      assertTrue(card.contains("Project description **" + project.status().id().toUpperCase(
          Locale.ROOT) + "**"));
      assertTrue(card.contains("CEP project **" + project.id() + " " + project.title() + "**"));
      assertTrue(card.contains("(Co)Lead: " + String.join(" & ", project.leads())));
      assertTrue(card.contains("Pathway Action: " + project.actions().stream()
          .map(id -> "P" + id).collect(Collectors.joining(" & "))));
      assertTrue(card.contains("Commencing: " + project.start().orElseThrow().format(
          DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH))));
      assertTrue(card.contains("Duration: " + project.durationMonths().orElseThrow() + " months"));
      assertEquals(2, project.contacts().size());
      project.contacts().forEach(contact -> assertTrue(
          card.contains(contact.name() + " " + contact.email()), contact::toString));
      assertTrue(card.contains(project.description().orElseThrow()));
      assertTrue(card.contains("Activities Output Outcome " + project.activities().get(0) + " "
          + project.outputs().get(0) + " " + project.outcomes().get(0)));
      assertEquals(List.of("Circular e-learning module for public procurement"),
          project.deliverables());
      assertEquals(List.of("Multiple launch and introduction events"), project.dissemination());
    }
  }

  @Test
  void theLaunchDayIsTheNewsOnesAndTheDashboardQuarterTheSlidesOne() {
    for (Roadmap roadmap : editions()) {
      LocalDate launched = roadmap.launched().orElseThrow();
      assertTrue(NEWS.contains("On " + launched.format(
          DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH))
          + " the Circular Electronics Partnership (CEP) was launched"));
    }
    assertTrue(SLIDES.contains("CEP project dashboard "
        + RoadmapEditions.edition2_0().statusQuarter().orElseThrow().label()));
  }

  @Test
  void theCopiedSourcesAreTheProjectsSeeds() throws Exception {
    Path seeds = Path.of("../../shared/seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "the seeds lie beside the repository");
    assertEquals(Files.readString(seeds.resolve("000_ed77e12e27cc6bb5.txt"), UTF_8), SLIDES);
    assertEquals(Files.readString(seeds.resolve("001_ba566a988c270a9d.txt"), UTF_8), NEWS);
  }

  private static void assertRoles(List<String> names, OrganizationRole role) {
    for (Roadmap roadmap : editions()) {
      for (String name : names) {
        assertTrue(byName(roadmap, name).roles().contains(role), name + " " + role);
      }
    }
  }

  private static Organization byName(Roadmap roadmap, String name) {
    return roadmap.organizations().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no organisation named " + name));
  }

  private static List<Roadmap> editions() {
    return List.of(RoadmapEditions.edition2_0(), RoadmapEditions.edition2_0ActivationSlide());
  }

  private static void collectTexts(JsonNode node, String key, List<String> texts) {
    if (node.isObject()) {
      node.properties().forEach(member -> collectTexts(member.getValue(), member.getKey(), texts));
    } else if (node.isArray()) {
      node.forEach(element -> collectTexts(element, key, texts));
    } else if (node.isString() && !CODES.contains(key)) {
      texts.add(node.asString());
    }
  }

  /** Collapses every run of white space to one space, as slide text breaks lines anywhere. */
  private static String normalized(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String text(String name) {
    return new String(Fixtures.bytes(name), UTF_8);
  }
}
