package io.github.ceproadmap.sheets;

import static io.github.ceproadmap.sheets.SheetSpec.Headings;

import io.github.ceproadmap.model.Action;
import io.github.ceproadmap.model.ActionAxis;
import io.github.ceproadmap.model.ActionId;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.FormatDates;
import io.github.ceproadmap.model.Organization;
import io.github.ceproadmap.model.OrganizationRole;
import io.github.ceproadmap.model.Pathway;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.ProjectId;
import io.github.ceproadmap.model.ProjectKind;
import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import io.github.ceproadmap.model.internal.Slugs;
import io.github.ceproadmap.model.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds a roadmap from the sheets of {@link SheetSpec}, joining child rows to their parents by
 * key, and records the cell of every value under its JSON Pointer. A parent's key is its number or
 * id; when several parents share one (a defect the validator reports), the second is keyed
 * {@code "3 #2"}, the third {@code "3 #3"}, as export writes them.
 */
final class RoadmapAssembler {
  private final Map<SheetSpec, SheetTable> tables;
  private final Map<DocumentPointer, CellRef> cells = new HashMap<>();
  private static final DocumentPointer ROOT = DocumentPointer.root();
  private final List<Integer> pathwayNumbers = new ArrayList<>();

  private RoadmapAssembler(Map<SheetSpec, SheetTable> tables) {
    this.tables = tables;
  }

  /** Builds the roadmap of {@code tables}, one per sheet. */
  static ImportedRoadmap assemble(Map<SheetSpec, SheetTable> tables) {
    RoadmapAssembler assembler = new RoadmapAssembler(tables);
    Roadmap roadmap = assembler.roadmap();
    return new ImportedRoadmap(roadmap, new CellMap(assembler.cells));
  }

  private Roadmap roadmap() {
    SheetTable sheet = table(SheetSpec.ROADMAP);
    if (sheet.rows().size() != 1) {
      throw new SheetReadException(sheet.rows().isEmpty() ? sheet.firstDataCell()
          : sheet.place(sheet.rows().get(1)), "expected one roadmap row under the headings but"
          + " found " + sheet.rows().size());
    }
    Grid.Row row = sheet.rows().get(0);
    cells.put(ROOT, sheet.place(row));
    Roadmap.Builder roadmap = Roadmap.builder()
        .id(slug(sheet, row, Headings.ID, ROOT.key(DocumentKeys.ID), "a roadmap id"))
        .title(text(sheet, row, Headings.TITLE, ROOT.key(DocumentKeys.TITLE)))
        .edition(text(sheet, row, Headings.EDITION, ROOT.key(DocumentKeys.EDITION)))
        .extensions(sheet.extensions(row, ROOT, cells));
    if (sheet.cell(row, Headings.LAUNCHED) != null) {
      LocalDate launched = parsed(sheet, row, Headings.LAUNCHED, ROOT.key(DocumentKeys.LAUNCHED),
          "a day like \"2021-03-18\"", FormatDates::parseDate);
      roadmap.launched(launched);
    }
    if (sheet.cell(row, Headings.STATUS_QUARTER) != null) {
      Quarter quarter = parsed(sheet, row, Headings.STATUS_QUARTER,
          ROOT.key(DocumentKeys.STATUS_QUARTER),
          "a quarter like \"2024-Q1\"", Quarter::parse);
      roadmap.statusQuarter(quarter);
    }
    axes(roadmap);
    List<Pathway.Builder> pathways = pathways();
    actions(pathways, roadmap);
    pathways.forEach(pathway -> roadmap.addPathways(pathway.build()));
    organizations(roadmap);
    projects(roadmap);
    return roadmap.build();
  }

  private void axes(Roadmap.Builder roadmap) {
    SheetTable sheet = table(SheetSpec.AXES);
    int i = 0;
    for (Grid.Row row : sheet.rows()) {
      DocumentPointer at = DocumentPointer.of(DocumentKeys.AXES, i++);
      cells.put(at, sheet.place(row));
      roadmap.addAxes(ActionAxis.builder()
          .id(slug(sheet, row, Headings.ID, at.key(DocumentKeys.ID), "an axis id"))
          .title(text(sheet, row, Headings.TITLE, at.key(DocumentKeys.TITLE)))
          .extensions(sheet.extensions(row, at, cells))
          .build());
    }
  }

  private List<Pathway.Builder> pathways() {
    SheetTable sheet = table(SheetSpec.PATHWAYS);
    List<Pathway.Builder> pathways = new ArrayList<>();
    for (Grid.Row row : sheet.rows()) {
      DocumentPointer at = DocumentPointer.of(DocumentKeys.PATHWAYS, pathways.size());
      cells.put(at, sheet.place(row));
      Grid.Cell number = sheet.required(row, Headings.NUMBER, "a pathway number");
      cells.put(at.key(DocumentKeys.NUMBER), number.ref());
      pathwayNumbers.add(
          CellValues.positive(number, "a pathway number from 1", ActionId.MAX_NUMBER));
      pathways.add(Pathway.builder()
          .number(pathwayNumbers.get(pathwayNumbers.size() - 1))
          .title(text(sheet, row, Headings.TITLE, at.key(DocumentKeys.TITLE)))
          .extensions(sheet.extensions(row, at, cells)));
    }
    return pathways;
  }

  private void actions(List<Pathway.Builder> pathways, Roadmap.Builder roadmap) {
    SheetTable sheet = table(SheetSpec.ACTIONS);
    Map<String, Integer> keys = keys(pathways.size(), i -> String.valueOf(pathwayNumbers.get(i)));
    int[] counts = new int[pathways.size()];
    int crossCutting = 0;
    for (Grid.Row row : sheet.rows()) {
      Grid.Cell pathwayCell = sheet.required(row, Headings.PATHWAY, "a pathway number");
      String key = pathwayCell.kind() == Grid.Kind.NUMBER
          ? String.valueOf(CellValues.positive(pathwayCell, "a pathway number", Integer.MAX_VALUE))
          : CellValues.text(pathwayCell, "a pathway number");
      DocumentPointer at;
      int pathway = -1;
      if (key.equals("0")) {
        at = DocumentPointer.of(DocumentKeys.CROSS_CUTTING_ACTIONS, crossCutting++);
      } else {
        Integer index = keys.get(key);
        if (index == null) {
          throw new SheetReadException(pathwayCell.ref(), "expected the number of a pathway of"
              + " sheet Pathways (or 0 for a cross-cutting action) but found " + Quoting.quote(key));
        }
        pathway = index;
        at = DocumentPointer.of(DocumentKeys.PATHWAYS, index, DocumentKeys.ACTIONS,
            counts[index]++);
      }
      cells.put(at, sheet.place(row));
      Action action = Action.builder()
          .id(parsed(sheet, row, Headings.ID, at.key(DocumentKeys.ID), "an action id like \"2.5\"",
              ActionId::parse))
          .axis(slug(sheet, row, Headings.AXIS, at.key(DocumentKeys.AXIS), "an axis id"))
          .title(text(sheet, row, Headings.TITLE, at.key(DocumentKeys.TITLE)))
          .extensions(sheet.extensions(row, at, cells))
          .build();
      if (pathway < 0) {
        roadmap.addCrossCuttingActions(action);
      } else {
        pathways.get(pathway).addActions(action);
      }
    }
  }

  private void organizations(Roadmap.Builder roadmap) {
    SheetTable sheet = table(SheetSpec.ORGANIZATIONS);
    int i = 0;
    for (Grid.Row row : sheet.rows()) {
      DocumentPointer at = DocumentPointer.of(DocumentKeys.ORGANIZATIONS, i++);
      cells.put(at, sheet.place(row));
      String id = text(sheet, row, Headings.ID, at.key(DocumentKeys.ID));
      if (id.isEmpty()) {
        throw new SheetReadException(sheet.place(row, Headings.ID),
            "expected an organization id but found an empty cell");
      }
      roadmap.addOrganizations(Organization.builder()
          .id(id)
          .name(text(sheet, row, Headings.NAME, at.key(DocumentKeys.NAME)))
          .roles(list(sheet, row, Headings.ROLES, at.key(DocumentKeys.ROLES),
              "an organization role",
              OrganizationRole::fromId))
          .membershipYears(list(sheet, row, Headings.MEMBERSHIP_YEARS,
              at.key(DocumentKeys.MEMBERSHIP_YEARS),
              "a year like \"2024\"", FormatDates::parseYear))
          .extensions(sheet.extensions(row, at, cells))
          .build());
    }
  }

  private void projects(Roadmap.Builder roadmap) {
    SheetTable sheet = table(SheetSpec.PROJECTS);
    List<Project.Builder> projects = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Grid.Row row : sheet.rows()) {
      DocumentPointer at = DocumentPointer.of(DocumentKeys.PROJECTS, projects.size());
      cells.put(at, sheet.place(row));
      ProjectId id = parsed(sheet, row, Headings.ID, at.key(DocumentKeys.ID),
          "a project id like \"P2.1\"",
          ProjectId::parse);
      ids.add(id.toString());
      Project.Builder project = Project.builder()
          .id(id)
          .title(text(sheet, row, Headings.TITLE, at.key(DocumentKeys.TITLE)))
          .kind(parsed(sheet, row, Headings.KIND, at.key(DocumentKeys.KIND), "a project kind",
              ProjectKind::fromId))
          .status(parsed(sheet, row, Headings.STATUS, at.key(DocumentKeys.STATUS),
              "a project status",
              ProjectStatus::fromId))
          .leads(list(sheet, row, Headings.LEADS, at.key(DocumentKeys.LEADS), "an organization id",
              s -> s))
          .actions(list(sheet, row, Headings.ACTIONS, at.key(DocumentKeys.ACTIONS),
              "an action id like \"2.5\"",
              ActionId::parse))
          .extensions(sheet.extensions(row, at, cells));
      if (sheet.cell(row, Headings.START) != null) {
        YearMonth start = parsed(sheet, row, Headings.START, at.key(DocumentKeys.START),
            "a month like \"2022-05\"", FormatDates::parseMonth);
        project.start(start);
      }
      Grid.Cell duration = sheet.cell(row, Headings.DURATION);
      if (duration != null) {
        cells.put(at.key(DocumentKeys.DURATION_MONTHS), duration.ref());
        project.durationMonths(
            CellValues.positive(duration, "a duration in months from 1", Integer.MAX_VALUE));
      }
      if (sheet.cell(row, Headings.DESCRIPTION) != null) {
        project.description(text(sheet, row, Headings.DESCRIPTION,
            at.key(DocumentKeys.DESCRIPTION)));
      }
      projects.add(project);
    }
    Map<String, Integer> keys = keys(ids.size(), ids::get);
    ProjectChildren children = new ProjectChildren(tables, keys, cells);
    children.contacts(projects);
    children.texts(SheetSpec.PROJECT_ACTIVITIES, Headings.ACTIVITY, "activities", projects,
        Project.Builder::addActivities);
    children.texts(SheetSpec.PROJECT_OUTPUTS, Headings.OUTPUT, "outputs", projects,
        Project.Builder::addOutputs);
    children.texts(SheetSpec.PROJECT_OUTCOMES, Headings.OUTCOME, "outcomes", projects,
        Project.Builder::addOutcomes);
    children.texts(SheetSpec.PROJECT_DELIVERABLES, Headings.DELIVERABLE, "deliverables",
        projects, Project.Builder::addDeliverables);
    children.texts(SheetSpec.PROJECT_DISSEMINATION, Headings.DISSEMINATION, "dissemination",
        projects, Project.Builder::addDissemination);
    for (int i = 0; i < projects.size(); i++) {
      Grid.Row row = sheet.rows().get(i);
      try {
        roadmap.addProjects(projects.get(i).build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new SheetReadException(sheet.place(row, Headings.DURATION), String.valueOf(e.getMessage()));
      }
    }
  }

  /**
   * Keys for {@code count} parents: the key of the first parent with a given id is the id, the
   * k-th one's is {@code id + " #" + k}.
   */
  static Map<String, Integer> keys(int count, Function<Integer, String> idOf) {
    Map<String, Integer> keys = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String id = idOf.apply(i);
      int k = seen.merge(id, 1, Integer::sum);
      keys.put(k == 1 ? id : id + " #" + k, i);
    }
    return keys;
  }

  private String text(SheetTable sheet, Grid.Row row, String heading, DocumentPointer pointer) {
    cells.put(pointer, sheet.place(row, heading));
    return sheet.text(row, heading);
  }

  private String slug(SheetTable sheet, Grid.Row row, String heading, DocumentPointer pointer, String what) {
    return parsed(sheet, row, heading, pointer, what + " in kebab case",
        text -> Slugs.require(text, what));
  }

  private <T> T parsed(SheetTable sheet, Grid.Row row, String heading, DocumentPointer pointer,
      String what, Function<String, T> parse) {
    Grid.Cell cell = sheet.required(row, heading, what);
    cells.put(pointer, cell.ref());
    return CellValues.parse(cell, what, parse);
  }

  /** A list held in one cell, one item per line; each item's pointer maps to the cell. */
  private <T> List<T> list(SheetTable sheet, Grid.Row row, String heading, DocumentPointer pointer,
      String what, Function<String, T> parse) {
    Grid.Cell cell = sheet.cell(row, heading);
    List<T> items = new ArrayList<>();
    cells.put(pointer, sheet.place(row, heading));
    if (cell == null) {
      return items;
    }
    for (String line : CellValues.text(cell, what).split("\r?\n", -1)) {
      cells.put(pointer.index(items.size()), cell.ref());
      items.add(CellValues.parse(new Grid.Cell(cell.ref(), Grid.Kind.TEXT, line), what, parse));
    }
    return items;
  }

  private SheetTable table(SheetSpec spec) {
    return java.util.Objects.requireNonNull(tables.get(spec), spec.sheetName());
  }
}
