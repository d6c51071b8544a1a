package io.github.ceproadmap.model.testing;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.validation.StandardRules;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * One kind of defect, injected into a consistent roadmap (such as one from {@link
 * RoadmapGenerator}) so that validating the result, at {@link RoadmapGenerator#AS_OF}, gives at
 * least one finding of {@link #ruleId()} and no error of any other rule.
 *
 * <pre>{@code
 * Roadmap broken = Defect.DUPLICATE_ACTION_ID.inject(roadmap, random);
 * }</pre>
 *
 * <p>Every standard rule has its defect; {@link #forRule(String)} finds it.
 */
public enum Defect {
  /** Adds an action whose id another action of the same pathway already has. */
  DUPLICATE_ACTION_ID(StandardRules.DUPLICATE_ACTION_ID, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    Action twin = pathway.actions().get(random.nextInt(pathway.actions().size()));
    Action copy = twin.toBuilder().title("Another action numbered " + twin.id()).build();
    return replacePathway(ready, index, pathway.toBuilder().addActions(copy).build());
  }),

  /** Adds to a pathway an action whose id names another pathway. */
  ACTION_PATHWAY_MISMATCH(StandardRules.ACTION_PATHWAY_MISMATCH, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    Action stray = Action.builder()
        .id(ActionId.of(pathway.number() + 1000, 1))
        .axis(lastAxis(ready))
        .title("An action of another pathway")
        .build();
    return replacePathway(ready, index, pathway.toBuilder().addActions(stray).build());
  }),

  /** Adds a second, empty pathway with the number of an existing one. */
  DUPLICATE_PATHWAY_NUMBER(StandardRules.DUPLICATE_PATHWAY_NUMBER, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    Pathway twin = ready.pathways().get(anyPathway(ready, random));
    return ready.toBuilder()
        .addPathways(Pathway.builder().number(twin.number()).title("A second pathway").build())
        .build();
  }),

  /** Adds an axis whose id another axis already has. */
  DUPLICATE_AXIS_ID(StandardRules.DUPLICATE_AXIS_ID, (roadmap, random) -> {
    ActionAxis twin = roadmap.axes().isEmpty()
        ? ActionAxis.COLLECTIVE
        : roadmap.axes().get(random.nextInt(roadmap.axes().size()));
    if (roadmap.axes().isEmpty()) {
      roadmap = roadmap.toBuilder().addAxes(twin).build();
    }
    return roadmap.toBuilder().addAxes(ActionAxis.of(twin.id(), "Same id, other title")).build();
  }),

  /** Moves an action to an axis the roadmap does not declare. */
  UNKNOWN_AXIS(StandardRules.UNKNOWN_AXIS, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    List<Action> actions = new ArrayList<>(pathway.actions());
    int victim = random.nextInt(actions.size());
    actions.set(victim, actions.get(victim).toBuilder().axis("undeclared-axis").build());
    return replacePathway(ready, index, pathway.toBuilder().actions(actions).build());
  }),

  /** Adds an organisation whose id another organisation already has. */
  DUPLICATE_ORGANIZATION_ID(StandardRules.DUPLICATE_ORGANIZATION_ID, (roadmap, random) -> {
    Roadmap ready = withOrganization(roadmap);
    Organization twin =
        ready.organizations().get(random.nextInt(ready.organizations().size()));
    return ready.toBuilder()
        .addOrganizations(Organization.builder().id(twin.id()).name("A namesake").build())
        .build();
  }),

  /** Adds a copy of a project, so that two projects share an id. */
  DUPLICATE_PROJECT_ID(StandardRules.DUPLICATE_PROJECT_ID, (roadmap, random) -> {
    Roadmap ready = withProject(roadmap, random);
    Project twin = ready.projects().get(random.nextInt(ready.projects().size()));
    return ready.toBuilder().addProjects(twin.toBuilder().title("A namesake").build()).build();
  }),

  /** Makes a project serve an action the roadmap does not hold. */
  UNKNOWN_ACTION_REFERENCE(StandardRules.UNKNOWN_ACTION_REFERENCE, (roadmap, random) ->
      changeProject(roadmap, random, project -> project.toBuilder()
          .addActions(ActionId.of(ActionId.MAX_NUMBER, 1))
          .build())),

  /** Makes a project name a lead organisation that is not declared. */
  UNKNOWN_ORGANIZATION_REFERENCE(StandardRules.UNKNOWN_ORGANIZATION_REFERENCE,
      (roadmap, random) -> changeProject(roadmap, random,
          project -> project.toBuilder().addLeads("no-such-organization").build())),

  /** Makes an action's title white space only. */
  BLANK_TITLE(StandardRules.BLANK_TITLE, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    List<Action> actions = new ArrayList<>(pathway.actions());
    int victim = random.nextInt(actions.size());
    actions.set(victim, actions.get(victim).toBuilder().title(" \t ").build());
    return replacePathway(ready, index, pathway.toBuilder().actions(actions).build());
  }),

  /** Gives a project a contact whose e-mail address has no {@code @}. */
  INVALID_EMAIL(StandardRules.INVALID_EMAIL, (roadmap, random) ->
      changeProject(roadmap, random, project -> project.toBuilder()
          .addContacts(Contact.builder().name("Nobody").email("nobody.example.org").build())
          .build())),

  /** Adds a pathway numbered one past the next free number, leaving a gap. */
  PATHWAY_NUMBERING_GAP(StandardRules.PATHWAY_NUMBERING_GAP, (roadmap, random) ->
      withCompletePathway(roadmap, roadmap.pathways().size() + 2, "After a gap")),

  /** Adds to a pathway an action numbered one past the next free sequence number. */
  ACTION_NUMBERING_GAP(StandardRules.ACTION_NUMBERING_GAP, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    Action after = Action.builder()
        .id(ActionId.of(pathway.number(), pathway.actions().size() + 2))
        .axis(lastAxis(ready))
        .title("After a gap")
        .build();
    return replacePathway(ready, index, pathway.toBuilder().addActions(after).build());
  }),

  /** Swaps the axes of a pathway's first and last actions, so numbering runs against the axes. */
  ACTION_AXIS_ORDER(StandardRules.ACTION_AXIS_ORDER, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    List<Action> actions = new ArrayList<>(pathway.actions());
    Action first = actions.get(0);
    Action last = actions.get(actions.size() - 1);
    actions.set(0, first.toBuilder().axis(last.axis()).build());
    actions.set(actions.size() - 1, last.toBuilder().axis(first.axis()).build());
    return replacePathway(ready, index, pathway.toBuilder().actions(actions).build());
  }),

  /** Adds to a pathway an action whose title repeats another's, in other case and spacing. */
  DUPLICATE_ACTION_TITLE(StandardRules.DUPLICATE_ACTION_TITLE, (roadmap, random) -> {
    Roadmap ready = withPathway(roadmap);
    int index = anyPathway(ready, random);
    Pathway pathway = ready.pathways().get(index);
    Action twin = pathway.actions().get(random.nextInt(pathway.actions().size()));
    Action copy = Action.builder()
        .id(ActionId.of(pathway.number(), pathway.actions().size() + 1))
        .axis(lastAxis(ready))
        .title("  " + twin.title().toUpperCase(java.util.Locale.ROOT) + " ")
        .build();
    return replacePathway(ready, index, pathway.toBuilder().addActions(copy).build());
  }),

  /** Renames a project after an action that is not its first and that no project is named after. */
  PROJECT_MAIN_ACTION_MISMATCH(StandardRules.PROJECT_MAIN_ACTION_MISMATCH, (roadmap, random) -> {
    Roadmap ready = withProject(withPathway(roadmap), random);
    Set<ActionId> taken = new HashSet<>();
    ready.projects().forEach(project -> taken.add(project.id().actionId()));
    int index = random.nextInt(ready.projects().size());
    Project project = ready.projects().get(index);
    ActionId free = ready.allActions().stream()
        .map(Action::id)
        .filter(id -> !taken.contains(id) && !project.mainAction().orElseThrow().equals(id))
        .findFirst()
        .orElse(ActionId.of(ActionId.MAX_NUMBER, ActionId.MAX_NUMBER));
    return replaceProject(ready, index, project.toBuilder().id(ProjectId.of(free)).build());
  }),

  /** Marks a project completed although it ends after the as-of month. */
  PROJECT_STATUS_DATE_CONFLICT(StandardRules.PROJECT_STATUS_DATE_CONFLICT, (roadmap, random) ->
      changeProject(roadmap, random, project -> project.toBuilder()
          .status(ProjectStatus.COMPLETED)
          .start(RoadmapGenerator.AS_OF)
          .durationMonths(2 + random.nextInt(24))
          .build())),

  /** Gives an organisation a membership year after the as-of month's year. */
  MEMBERSHIP_YEAR_AFTER_AS_OF(StandardRules.MEMBERSHIP_YEAR_AFTER_AS_OF, (roadmap, random) -> {
    Roadmap ready = withOrganization(roadmap);
    int index = random.nextInt(ready.organizations().size());
    List<Organization> organizations = new ArrayList<>(ready.organizations());
    organizations.set(index, organizations.get(index).toBuilder()
        .addMembershipYears(Year.of(RoadmapGenerator.AS_OF.getYear() + 1 + random.nextInt(5)))
        .build());
    return ready.toBuilder().organizations(organizations).build();
  }),

  /** Dates the roadmap's status quarter before the quarter of its launch. */
  STATUS_QUARTER_BEFORE_LAUNCH(StandardRules.STATUS_QUARTER_BEFORE_LAUNCH, (roadmap, random) -> {
    LocalDate launched = roadmap.launched().orElse(LocalDate.of(2021, 3, 18));
    return roadmap.toBuilder()
        .launched(launched)
        .statusQuarter(Quarter.of(YearMonth.from(launched).minusMonths(3 + random.nextInt(12))))
        .build();
  }),

  /** Declares one more axis, on which no pathway has an action. */
  EMPTY_AXIS_IN_PATHWAY(StandardRules.EMPTY_AXIS_IN_PATHWAY, (roadmap, random) ->
      withPathway(roadmap).toBuilder()
          .addAxes(ActionAxis.of("unused-axis", "An axis without actions"))
          .build());

  private final String ruleId;
  private final BiFunction<Roadmap, RandomGenerator, Roadmap> injection;

  Defect(String ruleId, BiFunction<Roadmap, RandomGenerator, Roadmap> injection) {
    this.ruleId = ruleId;
    this.injection = injection;
  }

  /**
   * Returns the id of the rule that should report this defect.
   *
   * @return a rule id of {@link StandardRules}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns {@code roadmap} with this defect injected.
   *
   * @param roadmap a consistent roadmap, such as one from {@link RoadmapGenerator}
   * @param random the source of randomness that picks where the defect goes
   * @return the roadmap with the defect
   */
  public Roadmap inject(Roadmap roadmap, RandomGenerator random) {
    return injection.apply(roadmap, random);
  }

  /**
   * Returns the defect that rule {@code ruleId} reports.
   *
   * @param ruleId a standard rule id
   * @return the defect
   * @throws IllegalArgumentException if no defect belongs to that rule
   */
  public static Defect forRule(String ruleId) {
    for (Defect defect : values()) {
      if (defect.ruleId.equals(ruleId)) {
        return defect;
      }
    }
    throw new IllegalArgumentException("no defect for rule \"" + ruleId + "\"");
  }

  /** Returns the index of a random pathway that holds actions; there must be one. */
  private static int anyPathway(Roadmap roadmap, RandomGenerator random) {
    List<Integer> held = new ArrayList<>();
    for (int i = 0; i < roadmap.pathways().size(); i++) {
      if (!roadmap.pathways().get(i).actions().isEmpty()) {
        held.add(i);
      }
    }
    return held.get(random.nextInt(held.size()));
  }

  /**
   * Returns {@code roadmap} with at least one pathway that holds actions, adding a complete one
   * (numbered after the others) if needed.
   */
  private static Roadmap withPathway(Roadmap roadmap) {
    if (roadmap.pathways().stream().anyMatch(pathway -> !pathway.actions().isEmpty())) {
      return roadmap;
    }
    return withCompletePathway(roadmap, roadmap.pathways().size() + 1, "The only pathway");
  }

  /** Returns {@code roadmap} with a new pathway holding one action on each declared axis. */
  private static Roadmap withCompletePathway(Roadmap roadmap, int number, String title) {
    Pathway.Builder pathway = Pathway.builder().number(number).title(title);
    int sequence = 1;
    for (ActionAxis axis : distinctAxes(roadmap)) {
      pathway.addActions(Action.builder()
          .id(ActionId.of(number, sequence))
          .axis(axis.id())
          .title("Action " + sequence++)
          .build());
    }
    return roadmap.toBuilder().addPathways(pathway.build()).build();
  }

  private static Roadmap withOrganization(Roadmap roadmap) {
    return roadmap.organizations().isEmpty()
        ? roadmap.toBuilder()
            .addOrganizations(Organization.builder().id("the-org").name("The organisation").build())
            .build()
        : roadmap;
  }

  /** Returns {@code roadmap} with at least one project, adding one if needed. */
  private static Roadmap withProject(Roadmap roadmap, RandomGenerator random) {
    if (!roadmap.projects().isEmpty()) {
      return roadmap;
    }
    Roadmap ready = withPathway(roadmap);
    ActionId main = ready.allActions().get(0).id();
    return ready.toBuilder()
        .addProjects(Project.builder()
            .id(ProjectId.of(main))
            .title("The project")
            .kind(ProjectKind.CEP_ACTIVITY)
            .status(ProjectStatus.PAUSED)
            .addActions(main)
            .build())
        .build();
  }

  private static Roadmap changeProject(
      Roadmap roadmap, RandomGenerator random, java.util.function.UnaryOperator<Project> change) {
    Roadmap ready = withProject(roadmap, random);
    int index = random.nextInt(ready.projects().size());
    return replaceProject(ready, index, change.apply(ready.projects().get(index)));
  }

  private static Roadmap replaceProject(Roadmap roadmap, int index, Project project) {
    List<Project> projects = new ArrayList<>(roadmap.projects());
    projects.set(index, project);
    return roadmap.toBuilder().projects(projects).build();
  }

  private static Roadmap replacePathway(Roadmap roadmap, int index, Pathway pathway) {
    List<Pathway> pathways = new ArrayList<>(roadmap.pathways());
    pathways.set(index, pathway);
    return roadmap.toBuilder().pathways(pathways).build();
  }

  private static String lastAxis(Roadmap roadmap) {
    return roadmap.axes().get(roadmap.axes().size() - 1).id();
  }

  private static List<ActionAxis> distinctAxes(Roadmap roadmap) {
    Set<String> seen = new HashSet<>();
    return roadmap.axes().stream().filter(axis -> seen.add(axis.id())).toList();
  }
}
