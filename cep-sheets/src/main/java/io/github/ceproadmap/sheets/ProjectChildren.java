package io.github.ceproadmap.sheets;

import static io.github.ceproadmap.sheets.SheetSpec.Headings;

import io.github.ceproadmap.model.Contact;
import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Project;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.internal.Quoting;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads the sheets whose rows belong to a project, named in their {@code Project} column by the
 * project's key: its contacts, activities, outputs and outcomes, in row order.
 */
final class ProjectChildren {
  private final Map<SheetSpec, SheetTable> tables;
  private final Map<String, Integer> keys;
  private final Map<DocumentPointer, CellRef> cells;

  ProjectChildren(Map<SheetSpec, SheetTable> tables, Map<String, Integer> keys,
      Map<DocumentPointer, CellRef> cells) {
    this.tables = tables;
    this.keys = keys;
    this.cells = cells;
  }

  void contacts(List<Project.Builder> projects) {
    SheetTable sheet = table(SheetSpec.PROJECT_CONTACTS);
    int[] counts = new int[projects.size()];
    for (Grid.Row row : sheet.rows()) {
      int project = project(sheet, row);
      DocumentPointer at = DocumentPointer.of(DocumentKeys.PROJECTS, project,
          DocumentKeys.CONTACTS, counts[project]++);
      cells.put(at, sheet.place(row));
      cells.put(at.key(DocumentKeys.NAME), sheet.place(row, Headings.NAME));
      cells.put(at.key(DocumentKeys.EMAIL), sheet.place(row, Headings.EMAIL));
      Contact.Builder contact = Contact.builder()
          .name(sheet.text(row, Headings.NAME))
          .email(sheet.text(row, Headings.EMAIL))
          .extensions(sheet.extensions(row, at, cells));
      if (sheet.cell(row, Headings.ORGANIZATION) != null) {
        cells.put(at.key(DocumentKeys.ORGANIZATION), sheet.place(row, Headings.ORGANIZATION));
        contact.organization(sheet.text(row, Headings.ORGANIZATION));
      }
      projects.get(project).addContacts(contact.build());
    }
  }

  void texts(SheetSpec spec, String heading, String member, List<Project.Builder> projects,
      BiConsumer<Project.Builder, String> add) {
    SheetTable sheet = table(spec);
    int[] counts = new int[projects.size()];
    for (Grid.Row row : sheet.rows()) {
      int project = project(sheet, row);
      cells.put(DocumentPointer.of(DocumentKeys.PROJECTS, project, member, counts[project]++),
          sheet.place(row, heading));
      add.accept(projects.get(project), sheet.text(row, heading));
    }
  }

  private int project(SheetTable sheet, Grid.Row row) {
    Grid.Cell cell = sheet.required(row, Headings.PROJECT, "a project id like \"P2.1\"");
    String key = CellValues.text(cell, "a project id like \"P2.1\"");
    Integer index = keys.get(key);
    if (index == null) {
      throw new SheetReadException(cell.ref(),
          "expected the id of a project of sheet Projects but found " + Quoting.quote(key));
    }
    return index;
  }

  private SheetTable table(SheetSpec spec) {
    return java.util.Objects.requireNonNull(tables.get(spec), spec.sheetName());
  }
}
