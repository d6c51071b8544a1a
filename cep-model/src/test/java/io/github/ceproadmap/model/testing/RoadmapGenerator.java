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
import java.util.random.RandomGenerator;

/**
 * Generates consistent roadmaps: ones on which the standard validator, given the as-of month
 * {@link #AS_OF}, reports no finding at all.
 *
 * <p>The same random generator state gives the same roadmap, so a seeded {@link
 * java.util.SplittableRandom} reproduces a case. Use it from any test framework:
 *
 * <pre>{@code
 * RandomGenerator random = new SplittableRandom(42);
 * Roadmap roadmap = RoadmapGenerator.roadmap(random, RoadmapGenerator.Shape.random(random, 10));
 * assertTrue(Validator.builder().asOf(RoadmapGenerator.AS_OF).build()
 *     .validate(roadmap).findings().isEmpty());
 * }</pre>
 *
 * <p>Titles and names mix ASCII, accents, CJK, emoji, quotes, backslashes and control
 * characters, so that codecs meet awkward text.
 */
public final class RoadmapGenerator {
  /** The month at which generated project statuses agree with their dates. */
  public static final YearMonth AS_OF = YearMonth.of(2024, 3);

  private static final String[] WORDS = {
    "circular", "design", "repair", "collection", "reuse", "recycling", "Procurement", "data",
    "matériaux", "回收", "e-waste 🌍", "\"trusted\"", "back\\slash", "tab\there", "line\u0001ctl",
    "WEEE/EEE", "<script>", "&amp;", "ünïcödé", "  spaced  "
  };

  /**
   * The size of a generated roadmap.
   *
   * @param pathways number of pathways, numbered 1..pathways
   * @param actionsPerPathway actions in each pathway, at least the number of axes (three)
   * @param crossCuttingActions number of cross-cutting actions
   * @param organizations number of organisations
   * @param projects number of projects, at most the number of actions
   */
  public record Shape(
      int pathways, int actionsPerPathway, int crossCuttingActions, int organizations,
      int projects) {

    /** The shape of the published edition 2.0: 6 pathways of about 7 actions, 1 project. */
    public static final Shape REFERENCE = new Shape(6, 7, 1, 15, 1);

    /**
     * A registry-sized roadmap: 100 pathways x 200 actions, 200 cross-cutting actions, 500
     * organisations and 20,000 projects (several MB of JSON). A project's id names its main
     * action, so a consistent roadmap has at most one project per action: hence 200 actions a
     * pathway rather than 100, to carry 20,000 projects.
     */
    public static final Shape LARGE = new Shape(100, 200, 200, 500, 20_000);

    /** {@link #LARGE} ten times over, for scaling: 1,000 pathways, 200,000 projects. */
    public static final Shape HUGE = new Shape(1_000, 200, 2_000, 5_000, 200_000);

    /**
     * Checks that the shape can be generated.
     *
     * @throws IllegalArgumentException if a count is negative, a pathway would have fewer than
     *     three actions, or there are more projects than actions
     */
    public Shape {
      if (pathways < 0 || crossCuttingActions < 0 || organizations < 0 || projects < 0
          || (pathways > 0 && actionsPerPathway < 3)
          || projects > (long) pathways * actionsPerPathway + crossCuttingActions) {
        throw new IllegalArgumentException(String.format(
            "cannot generate %d pathways of %d actions, %d cross-cutting actions, %d"
                + " organizations and %d projects (at most one project per action)",
            pathways, actionsPerPathway, crossCuttingActions, organizations, projects));
      }
    }

    /**
     * Returns a random small shape whose counts are at most {@code maxSize}.
     *
     * @param random the source of randomness
     * @param maxSize the largest count, at least 3
     * @return a shape
     */
    public static Shape random(RandomGenerator random, int maxSize) {
      int pathways = random.nextInt(maxSize + 1);
      int perPathway = 3 + random.nextInt(Math.max(1, maxSize - 2));
      int crossCutting = random.nextInt(maxSize + 1);
      int actions = pathways * perPathway + crossCutting;
      return new Shape(pathways, perPathway, crossCutting, random.nextInt(maxSize + 1),
          random.nextInt(Math.min(actions, maxSize) + 1));
    }
  }

  private RoadmapGenerator() {}

  /**
   * Returns a consistent roadmap of a random small shape.
   *
   * @param random the source of randomness
   * @return a roadmap with no findings at {@link #AS_OF}
   */
  public static Roadmap roadmap(RandomGenerator random) {
    return roadmap(random, Shape.random(random, 8));
  }

  /**
   * Returns a consistent roadmap of shape {@code shape}.
   *
   * @param random the source of randomness
   * @param shape the counts to generate
   * @return a roadmap with no findings at {@link #AS_OF}
   */
  public static Roadmap roadmap(RandomGenerator random, Shape shape) {
    List<ActionAxis> axes = ActionAxis.EDITION_2_0;
    Roadmap.Builder roadmap = Roadmap.builder()
        .id("generated-roadmap-" + random.nextInt(1000))
        .title(text(random) + " roadmap")
        .edition(random.nextInt(5) + "." + random.nextInt(10))
        .addAllAxes(axes);
    datedConsistently(random, roadmap);
    List<ActionId> actionIds = new ArrayList<>();
    for (int p = 1; p <= shape.pathways(); p++) {
      Pathway.Builder pathway = Pathway.builder().number(p).title(text(random) + " pathway " + p);
      // Sequence numbers run over the axes in axis order, each axis holding at least one.
      int[] perAxis = split(random, shape.actionsPerPathway(), axes.size());
      int sequence = 1;
      for (int a = 0; a < axes.size(); a++) {
        for (int i = 0; i < perAxis[a]; i++, sequence++) {
          ActionId id = ActionId.of(p, sequence);
          pathway.addActions(action(random, id, axes.get(a).id()));
          actionIds.add(id);
        }
      }
      roadmap.addPathways(pathway.build());
    }
    for (int s = 1; s <= shape.crossCuttingActions(); s++) {
      ActionId id = ActionId.of(0, s);
      roadmap.addCrossCuttingActions(action(random, id, axes.get(random.nextInt(axes.size())).id()));
      actionIds.add(id);
    }
    List<String> organizationIds = new ArrayList<>();
    OrganizationRole[] roles = OrganizationRole.values();
    for (int o = 0; o < shape.organizations(); o++) {
      String id = "org-" + o;
      organizationIds.add(id);
      Organization.Builder organization = Organization.builder().id(id).name(text(random));
      for (OrganizationRole role : roles) {
        if (random.nextInt(3) == 0) {
          organization.addRoles(role);
        }
      }
      // Membership years up to the as-of month's year, never after it.
      for (int y = random.nextInt(3); y > 0; y--) {
        organization.addMembershipYears(Year.of(AS_OF.getYear() - random.nextInt(6)));
      }
      roadmap.addOrganizations(organization.build());
    }
    // Each project's main action is a distinct action, so project ids are distinct.
    for (int k = 0; k < shape.projects(); k++) {
      int main = (int) ((long) k * actionIds.size() / Math.max(1, shape.projects()));
      roadmap.addProjects(project(random, actionIds.get(main), actionIds, organizationIds));
    }
    return roadmap.build();
  }

  /** Splits {@code total} into {@code parts} random counts of at least 1 each. */
  private static int[] split(RandomGenerator random, int total, int parts) {
    int[] counts = new int[parts];
    java.util.Arrays.fill(counts, 1);
    for (int i = parts; i < total; i++) {
      counts[random.nextInt(parts)]++;
    }
    return counts;
  }

  private static Action action(RandomGenerator random, ActionId id, String axis) {
    // The id in the title keeps titles distinct within a pathway.
    return Action.builder().id(id).axis(axis).title(text(random) + " " + id).build();
  }

  private static Project project(
      RandomGenerator random, ActionId main, List<ActionId> actionIds, List<String> orgIds) {
    Project.Builder project = Project.builder()
        .id(ProjectId.of(main))
        .title(text(random) + " project")
        .kind(random.nextBoolean() ? ProjectKind.CEP_ACTIVITY : ProjectKind.ALLIANCE_PROJECT)
        .addActions(main);
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      project.addActions(actionIds.get(random.nextInt(actionIds.size())));
    }
    if (!orgIds.isEmpty()) {
      int leads = random.nextInt(3);
      for (int i = 0; i < leads; i++) {
        project.addLeads(orgIds.get(random.nextInt(orgIds.size())));
      }
    }
    int contacts = 1 + random.nextInt(2);
    for (int c = 0; c < contacts; c++) {
      Contact.Builder contact = Contact.builder()
          .name(text(random))
          .email("person" + random.nextInt(10_000) + "@org" + c + ".example");
      if (!orgIds.isEmpty() && random.nextBoolean()) {
        contact.organization(orgIds.get(random.nextInt(orgIds.size())));
      }
      project.addContacts(contact.build());
    }
    if (random.nextBoolean()) {
      project.description(text(random) + ". " + text(random) + ".");
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      project.addActivities(text(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      project.addOutputs(text(random));
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      project.addOutcomes(text(random));
    }
    for (int i = random.nextInt(2); i > 0; i--) {
      project.addDeliverables(text(random));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      project.addDissemination(text(random));
    }
    return datedConsistently(random, project).build();
  }

  /** Dates the roadmap, or not: a launch day, and a status quarter that ends after it. */
  private static void datedConsistently(RandomGenerator random, Roadmap.Builder roadmap) {
    LocalDate launched = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(5 * 366));
    if (random.nextBoolean()) {
      roadmap.launched(launched);
    }
    if (random.nextBoolean()) {
      roadmap.statusQuarter(Quarter.of(YearMonth.from(launched).plusMonths(random.nextInt(24))));
    }
  }

  /** Picks a status and dates that agree at {@link #AS_OF}. */
  private static Project.Builder datedConsistently(RandomGenerator random, Project.Builder project) {
    ProjectStatus status = ProjectStatus.values()[random.nextInt(ProjectStatus.values().length)];
    project.status(status);
    int duration = 1 + random.nextInt(36);
    switch (status) {
      case COMPLETED -> project.start(AS_OF.minusMonths(duration + random.nextInt(24)))
          .durationMonths(duration);
      case RUNNING, SCOPING -> {
        // Started on or before AS_OF and not yet ended: AS_OF lies within the project.
        int elapsed = random.nextInt(duration);
        project.start(AS_OF.minusMonths(elapsed)).durationMonths(duration);
      }
      default -> {
        if (random.nextBoolean()) {
          project.start(AS_OF.plusMonths(random.nextInt(48) - 24L)).durationMonths(duration);
        }
      }
    }
    return project;
  }

  /** Returns one to four words, never blank. */
  static String text(RandomGenerator random) {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)].strip());
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
