package io.github.ceproadmap.sheets;

import java.util.List;

/**
 * The sheets of a roadmap workbook, declared once: each sheet's name, the name of its file in a
 * CSV folder, and its column headings, the leading {@code required} of which must be present.
 * Export writes, and import looks for, exactly these.
 */
enum SheetSpec {
  ROADMAP("Roadmap", 3, Headings.ID, Headings.TITLE, Headings.EDITION, Headings.LAUNCHED,
      Headings.STATUS_QUARTER),
  AXES("Axes", 2, Headings.ID, Headings.TITLE),
  PATHWAYS("Pathways", 2, Headings.NUMBER, Headings.TITLE),
  ACTIONS("Actions", 4, Headings.PATHWAY, Headings.ID, Headings.AXIS, Headings.TITLE),
  ORGANIZATIONS("Organizations", 2, Headings.ID, Headings.NAME, Headings.ROLES,
      Headings.MEMBERSHIP_YEARS),
  PROJECTS("Projects", 4, Headings.ID, Headings.TITLE, Headings.KIND, Headings.STATUS,
      Headings.LEADS, Headings.ACTIONS, Headings.START, Headings.DURATION, Headings.DESCRIPTION),
  PROJECT_CONTACTS("Project contacts", 3,
      Headings.PROJECT, Headings.NAME, Headings.EMAIL, Headings.ORGANIZATION),
  PROJECT_ACTIVITIES("Project activities", 2, Headings.PROJECT, Headings.ACTIVITY),
  PROJECT_OUTPUTS("Project outputs", 2, Headings.PROJECT, Headings.OUTPUT),
  PROJECT_OUTCOMES("Project outcomes", 2, Headings.PROJECT, Headings.OUTCOME),
  PROJECT_DELIVERABLES("Project deliverables", 2, Headings.PROJECT, Headings.DELIVERABLE),
  PROJECT_DISSEMINATION("Project dissemination", 2, Headings.PROJECT, Headings.DISSEMINATION);

  /** The read-only sheet that shows the roadmap as the published matrix; import skips it. */
  static final String MATRIX = "Matrix";

  /** The prefix of a heading that names an extension member whatever its name. */
  static final String EXTENSION_PREFIX = "extension:";

  /** The column headings, each a readable word. */
  static final class Headings {
    static final String ID = "Id";
    static final String TITLE = "Title";
    static final String EDITION = "Edition";
    static final String LAUNCHED = "Launched";
    static final String STATUS_QUARTER = "Status quarter";
    static final String MEMBERSHIP_YEARS = "Membership years";
    static final String DELIVERABLE = "Deliverable";
    static final String DISSEMINATION = "Dissemination";
    static final String NUMBER = "Number";
    static final String PATHWAY = "Pathway";
    static final String AXIS = "Axis";
    static final String NAME = "Name";
    static final String ROLES = "Roles";
    static final String KIND = "Kind";
    static final String STATUS = "Status";
    static final String LEADS = "Leads";
    static final String ACTIONS = "Actions";
    static final String START = "Start";
    static final String DURATION = "Duration (months)";
    static final String DESCRIPTION = "Description";
    static final String PROJECT = "Project";
    static final String EMAIL = "Email";
    static final String ORGANIZATION = "Organization";
    static final String ACTIVITY = "Activity";
    static final String OUTPUT = "Output";
    static final String OUTCOME = "Outcome";

    private Headings() {}
  }

  private final String sheetName;
  private final int required;
  private final List<String> headings;

  SheetSpec(String sheetName, int required, String... headings) {
    this.sheetName = sheetName;
    this.required = required;
    this.headings = List.of(headings);
  }

  /** The sheet's name in a workbook, such as "Project contacts". */
  String sheetName() {
    return sheetName;
  }

  /** The file's name in a CSV folder, such as "project-contacts.csv". */
  String fileName() {
    return csvName(sheetName);
  }

  /** The column headings in export order. */
  List<String> headings() {
    return headings;
  }

  /** Whether a sheet without column {@code heading} cannot be read. */
  boolean requires(String heading) {
    return headings.indexOf(heading) < required;
  }

  /** Whether a roadmap can be read without this sheet (absent means no rows). */
  boolean optional() {
    return ordinal() >= ORGANIZATIONS.ordinal();
  }

  /** The CSV file name for a sheet name: lower case, hyphens for spaces, ".csv". */
  static String csvName(String sheetName) {
    return sheetName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".csv";
  }
}
