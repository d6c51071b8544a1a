package io.github.ceproadmap.testkit;

import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import java.util.List;

/** The generator behind {@link RoadmapGenerator#project}: consistent at the as-of month. */
final class ProjectGenerator implements Generator<Project> {
  private static final List<ProjectKind> KINDS = List.of(ProjectKind.values());
  private static final List<ProjectStatus> STATUSES = List.of(ProjectStatus.values());
  private static final List<String> LOCAL = List.of("abcxyz019._+-é".split(""));
  private static final List<String> LABEL = List.of("abcxyz019-".split(""));
  private static final int AS_OF = Months.index(RoadmapGenerator.AS_OF);

  private final ActionId main;
  private final List<ActionId> actions;
  private final List<String> organizationIds;

  ProjectGenerator(ActionId main, List<ActionId> actions, List<String> organizationIds) {
    this.main = main;
    this.actions = List.copyOf(actions);
    this.organizationIds = List.copyOf(organizationIds);
  }

  @Override
  public Project generate(Choices choices) {
    Project.Builder project = Project.builder()
        .id(ProjectId.of(main))
        .title(Texts.title().generate(choices))
        .kind(choices.oneOf(KINDS))
        .addActions(main);
    if (!actions.isEmpty()) {
      project.addAllActions(choices.listOf(c -> c.oneOf(actions), 0, 3, 0.6));
    }
    if (!organizationIds.isEmpty()) {
      project.addAllLeads(choices.listOf(c -> c.oneOf(organizationIds), 0, 3, 1));
    }
    project.addAllContacts(choices.listOf(this::contact, 0, 3, 1));
    Texts.optionalText().generate(choices).ifPresent(project::description);
    project.addAllActivities(items(choices))
        .addAllOutputs(items(choices))
        .addAllOutcomes(items(choices))
        .addAllDeliverables(items(choices))
        .addAllDissemination(items(choices));
    dated(choices, project, choices.oneOf(STATUSES));
    return project.build();
  }

  private static List<String> items(Choices choices) {
    return choices.listOf(Texts.freeText(), 0, 3, 0.7);
  }

  private Contact contact(Choices choices) {
    Contact.Builder contact = Contact.builder()
        .name(Texts.title().generate(choices))
        .email(email(choices));
    if (!organizationIds.isEmpty() && choices.chance(0.5)) {
      contact.organization(choices.oneOf(organizationIds));
    }
    return contact.build();
  }

  /** A plausible address: local@label.label, every part at least one character. */
  private static String email(Choices choices) {
    String local = String.join("", choices.listOf(c -> c.oneOf(LOCAL), 1, 12, 5));
    List<String> labels =
        choices.listOf(c -> String.join("", c.listOf(l -> l.oneOf(LABEL), 1, 10, 4)), 2, 4, 2.3);
    return local + "@" + String.join(".", labels);
  }

  /**
   * Sets {@code status} and dates that agree with it at the as-of month: none, only a start,
   * only a duration, or both, in months of years 0000..9999 (a project ends by December 9999).
   */
  private static void dated(Choices choices, Project.Builder project, ProjectStatus status) {
    project.status(status);
    int form = choices.weighted(3, 6, 1, 1);
    if (form == 0) {
      return;
    }
    if (form == 3) {
      project.durationMonths(choices.between(1, Months.LAST + 1));
      return;
    }
    // The range of start months, and for each start the range of last months, that agree.
    int start = switch (status) {
      case COMPLETED, RUNNING -> choices.between(0, AS_OF);
      default -> choices.between(0, Months.LAST);
    };
    project.start(Months.month(start));
    if (form == 2) {
      return;
    }
    int firstLast = switch (status) {
      case RUNNING, SCOPING -> Math.max(start, AS_OF);
      default -> start;
    };
    int lastLast = status == ProjectStatus.COMPLETED ? AS_OF : Months.LAST;
    project.durationMonths(choices.between(firstLast, lastLast) - start + 1);
  }
}
