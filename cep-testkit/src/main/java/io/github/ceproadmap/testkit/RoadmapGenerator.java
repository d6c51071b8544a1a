package io.github.ceproadmap.testkit;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates consistent roadmaps: ones on which the standard validator, given the as-of month
 * {@link #AS_OF}, reports no finding at all; and generators of their parts, which compose.
 *
 * <p>Within its {@link Size} a roadmap leans toward the edges that break tools: no axes (and so
 * pathways without actions), no pathways, cross-cutting actions on any axis, ids with many
 * digits ({@code 1.10} after {@code 1.9}), projects without dates or with only a start, dates in
 * years 0000 and 9999, every project status and kind, blank and multi-line optional text, and
 * the awkward text of {@link Texts}. Every draw goes through {@link Choices}, so {@link Property}
 * shrinks a failing roadmap to a smaller one that is still consistent.
 *
 * <pre>{@code
 * Property.forAll(RoadmapGenerator.roadmaps(Size.SMALL)).check(roadmap -> ...);
 * Roadmap one = RoadmapGenerator.roadmap(new SplittableRandom(42));   // any framework
 * }</pre>
 */
public final class RoadmapGenerator {
  /** The month at which generated project statuses agree with their dates. */
  public static final YearMonth AS_OF = YearMonth.of(2024, 3);

  private RoadmapGenerator() {}

  /**
   * Returns a generator of consistent roadmaps of size {@code size}.
   *
   * @param size the bounds of the counts
   * @return the generator
   */
  public static Generator<Roadmap> roadmaps(Size size) {
    return choices -> roadmap(choices, size);
  }

  /**
   * Returns a consistent roadmap of size {@link Size#SMALL}.
   *
   * @param random the source of randomness; the same state gives the same roadmap
   * @return a roadmap with no findings at {@link #AS_OF}
   */
  public static Roadmap roadmap(RandomGenerator random) {
    return roadmaps(Size.SMALL).generate(random);
  }

  /**
   * Returns a consistent roadmap of exactly shape {@code shape}.
   *
   * @param random the source of randomness; the same state gives the same roadmap
   * @param shape the counts to generate
   * @return a roadmap with no findings at {@link #AS_OF}
   * @throws IllegalArgumentException if no consistent roadmap has that shape
   */
  public static Roadmap roadmap(RandomGenerator random, Shape shape) {
    return roadmaps(Size.exactly(shape)).generate(random);
  }

  /**
   * Returns a generator of action ids of any pathway, cross-cutting ones included, leaning
   * toward one- and two-digit numbers and the largest number {@link ActionId#MAX_NUMBER}.
   *
   * @return the generator
   */
  public static Generator<ActionId> actionId() {
    Generator<Integer> number = choices -> switch (choices.weighted(8, 3, 1)) {
      case 0 -> choices.between(0, 9);
      case 1 -> choices.between(10, 99);
      default -> choices.between(100, ActionId.MAX_NUMBER);
    };
    return choices -> ActionId.of(number.generate(choices),
        Math.max(1, number.generate(choices)));
  }

  /**
   * Returns a generator of organisations: an id (at times an awkward text), a name, roles, and
   * membership years up to {@link #AS_OF}'s year, from year 0000.
   *
   * @return the generator
   */
  public static Generator<Organization> organization() {
    return choices -> {
      String id = choices.chance(0.2)
          ? Texts.title().generate(choices).strip()
          : "org-" + choices.between(1, 999);
      Organization.Builder organization = Organization.builder()
          .id(id.isEmpty() ? "org" : id)
          .name(Texts.title().generate(choices));
      for (OrganizationRole role : OrganizationRole.values()) {
        if (choices.chance(0.3)) {
          organization.addRoles(role);
        }
      }
      organization.addAllMembershipYears(choices.listOf(
          c -> Year.of(c.between(FormatDates.MIN_YEAR, AS_OF.getYear())), 0, 3, 0.7));
      return organization.build();
    };
  }

  /**
   * Returns a generator of projects named after {@code main}, consistent at {@link #AS_OF} with
   * a roadmap that holds {@code actions} and declares {@code organizationIds}: any kind and
   * status, dates that agree with the status (or none, or only a start), leads, contacts,
   * description and lists of activities, outputs, outcomes, deliverables and dissemination.
   *
   * @param main the project's main action, its first
   * @param actions the actions it may also serve
   * @param organizationIds the organisations its leads and contacts may name
   * @return the generator
   */
  public static Generator<Project> project(
      ActionId main, List<ActionId> actions, List<String> organizationIds) {
    return new ProjectGenerator(main, actions, organizationIds);
  }

  private static Roadmap roadmap(Choices choices, Size size) {
    Shape least = size.least();
    Shape most = size.most();
    Roadmap.Builder roadmap = Roadmap.builder()
        .id(slug(choices))
        .title(Texts.title().generate(choices))
        .edition(choices.between(0, 9) + "." + choices.between(0, 12));
    dated(choices, roadmap);
    List<ActionAxis> axes = axes(choices, size);
    boolean pathwaysFit = axes.size() <= most.actionsPerPathway();
    int lo = Math.max(least.actionsPerPathway(), axes.size());
    int hi = Math.max(most.actionsPerPathway(), axes.size());
    int[] number = {0};
    List<Pathway> pathways = choices.listOf(
        c -> pathway(c, ++number[0], axes, lo, hi),
        least.pathways(), pathwaysFit ? most.pathways() : 0,
        (least.pathways() + most.pathways()) / 2.0);
    List<Action> crossCutting = new ArrayList<>();
    if (!axes.isEmpty()) {
      Set<String> titles = new HashSet<>();
      crossCutting = choices.listOf(
          c -> action(c, ActionId.of(0, titles.size() + 1), c.oneOf(axes).id(), titles),
          least.crossCuttingActions(), most.crossCuttingActions(),
          (least.crossCuttingActions() + most.crossCuttingActions()) / 2.0);
    }
    List<Organization> organizations = organizations(choices, least, most);
    List<String> organizationIds = organizations.stream().map(Organization::id).toList();
    List<ActionId> actionIds = new ArrayList<>();
    pathways.forEach(pathway -> pathway.actions().forEach(action -> actionIds.add(action.id())));
    crossCutting.forEach(action -> actionIds.add(action.id()));
    // Projects come last: the choices a deleted part leaves out of step are the fewest.
    roadmap.addAllAxes(axes)
        .addAllPathways(pathways)
        .addAllCrossCuttingActions(crossCutting)
        .addAllOrganizations(organizations)
        .addAllProjects(projects(choices, least, most, actionIds, organizationIds));
    return roadmap.build();
  }

  /**
   * The axes: none, some or all of edition 2.0's, in its order, then axes of other ids; mostly
   * edition 2.0's three. Each axis is a unit with its "one more?" choice, so any one can go.
   */
  private static List<ActionAxis> axes(Choices choices, Size size) {
    int least = size.leastAxes();
    int most = size.most().axes();
    if (size.least().pathways() > 0) {
      most = Math.min(most, size.most().actionsPerPathway());
    }
    List<ActionAxis> axes = new ArrayList<>();
    while (true) {
      int k = axes.size();
      if (k >= most) {
        choices.below(1); // "no more axes", as Choices.listOf answers for a full list
        break;
      }
      double more = k < ActionAxis.EDITION_2_0.size() ? 0.93 : 0.25;
      Optional<ActionAxis> axis = choices.unit(c -> k < least || c.chance(more)
          ? Optional.of(axis(c, k))
          : Optional.empty());
      if (axis.isEmpty()) {
        break;
      }
      axes.add(axis.get());
    }
    return axes;
  }

  private static ActionAxis axis(Choices choices, int k) {
    ActionAxis axis = k < ActionAxis.EDITION_2_0.size()
        ? ActionAxis.EDITION_2_0.get(k)
        : ActionAxis.of("axis-" + (k + 1), "Axis " + (k + 1));
    return choices.chance(0.2) ? ActionAxis.of(axis.id(), Texts.title().generate(choices)) : axis;
  }

  /**
   * A pathway of {@code lo} to {@code hi} actions, at least one on each axis; sequence numbers
   * run over the axes in axis order.
   */
  private static Pathway pathway(
      Choices choices, int number, List<ActionAxis> axes, int lo, int hi) {
    Pathway.Builder pathway =
        Pathway.builder().number(number).title(Texts.title().generate(choices));
    Set<String> titles = new HashSet<>();
    int total = 0;
    for (int a = 0; a < axes.size(); a++) {
      String axis = axes.get(a).id();
      int later = axes.size() - a - 1;
      int min = a == axes.size() - 1 ? Math.max(1, lo - total) : 1;
      int max = hi - total - later;
      double average = Math.max(min, ((lo + hi) / 2.0 - total) / (later + 1));
      List<Action> actions = choices.listOf(
          c -> action(c, ActionId.of(number, titles.size() + 1), axis, titles), min, max, average);
      pathway.addAllActions(actions);
      total += actions.size();
    }
    return pathway.build();
  }

  /**
   * An action; {@code titles} holds the compared form of the titles before it in its group. A
   * title that repeats one of them (as duplicate-action-title compares) is drawn again, so a
   * shrunk roadmap has titles like "a" and "b"; after four draws its id makes it unique.
   */
  private static Action action(Choices choices, ActionId id, String axis, Set<String> titles) {
    String title = Texts.title().generate(choices);
    for (int draw = 1; draw < 4 && titles.contains(key(title)); draw++) {
      title = Texts.title().generate(choices);
    }
    while (!titles.add(key(title))) {
      title = title + " " + id;
    }
    return Action.builder().id(id).axis(axis).title(title).build();
  }

  private static String key(String title) {
    return title.strip().toLowerCase(Locale.ROOT);
  }

  private static List<Organization> organizations(Choices choices, Shape least, Shape most) {
    Set<String> ids = new HashSet<>();
    return choices.listOf(c -> {
      Organization organization = organization().generate(c);
      String id = organization.id();
      while (!ids.add(id)) {
        id = id + "-" + ids.size();
      }
      return organization.toBuilder().id(id).build();
    }, least.organizations(), most.organizations(),
        (least.organizations() + most.organizations()) / 2.0);
  }

  /**
   * Projects, at most one per action, named after actions in order: each project is a unit that
   * skips some actions after the previous project's, so any one project, and any action no
   * project is named after, can shrink away.
   */
  private static List<Project> projects(Choices choices, Shape least, Shape most,
      List<ActionId> actions, List<String> organizationIds) {
    List<Project> projects = new ArrayList<>();
    int target = Math.min(actions.size(), (least.projects() + most.projects() + 1) / 2);
    double more = target == 0 ? 0 : (double) target / (target + 1);
    int spread = Math.max(1, 2 * actions.size() / Math.max(1, target));
    int[] previous = {-1};
    while (true) {
      int room = actions.size() - previous[0] - 1;
      if (projects.size() >= most.projects() || room == 0) {
        choices.below(1); // "no more projects", as Choices.listOf answers for a full list
        break;
      }
      boolean forced = projects.size() < least.projects();
      int skips = Math.min(spread, room - Math.max(0, least.projects() - projects.size() - 1));
      Optional<Project> project = choices.unit(c -> {
        if (!forced && !c.chance(more)) {
          return Optional.empty();
        }
        int main = previous[0] + 1 + c.below(skips);
        previous[0] = main;
        return Optional.of(project(actions.get(main), actions, organizationIds).generate(c));
      });
      if (project.isEmpty()) {
        break;
      }
      projects.add(project.get());
    }
    return projects;
  }

  /** A kebab-case id of one to five words. */
  private static String slug(Choices choices) {
    List<String> words = choices.listOf(
        c -> String.join("", c.listOf(w -> w.oneOf(SLUG_CHARACTERS), 1, 8, 4)), 1, 5, 2);
    return String.join("-", words);
  }

  private static final List<String> SLUG_CHARACTERS =
      List.of("abcdefghijklmnopqrstuvwxyz0123456789".split(""));

  /** Dates the roadmap, or not: a launch day, and a status quarter that does not end before it. */
  private static void dated(Choices choices, Roadmap.Builder roadmap) {
    int form = choices.weighted(2, 1, 1, 2);
    long first = LocalDate.of(FormatDates.MIN_YEAR, 1, 1).toEpochDay();
    long last = LocalDate.of(FormatDates.MAX_YEAR, 12, 31).toEpochDay();
    LocalDate launched = LocalDate.ofEpochDay(first + choices.between(0, (int) (last - first)));
    if (form == 1 || form == 3) {
      roadmap.launched(launched);
    }
    if (form >= 2) {
      int from = form == 3 ? Months.index(YearMonth.from(launched)) : 0;
      roadmap.statusQuarter(Quarter.of(Months.month(choices.between(from, Months.LAST))));
    }
  }
}
