package io.github.ceproadmap.model;

/**
 * Who runs a project.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum ProjectKind implements CodelistValue {
  /** A CEP activity, run by the partnership itself. */
  CEP_ACTIVITY(
      "CEP Activity",
      "A project run by the Circular Electronics Partnership itself."),

  /** An alliance project, run by partners. */
  ALLIANCE_PROJECT(
      "Alliance project",
      "A project run by partners of the partnership.");

  /** The constants, for lookups by id without the copy {@code values()} makes on each call. */
  private static final ProjectKind[] VALUES = values();

  /** The id, title and description, as {@link Codelists} publishes them. */
  private final Codelists.Code code;

  ProjectKind(String title, String description) {
    this.code = new Codelists.Code(EnumIds.idOf(this), title, description);
  }

  @Override
  public Codelists.Code code() {
    return code;
  }

  /**
   * Returns the constant with document id {@code id}.
   *
   * @param id the document id, such as {@code "cep-activity"}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that id; the message quotes it and lists
   *     the ids allowed
   */
  public static ProjectKind fromId(String id) {
    return EnumIds.parse(VALUES, ProjectKind::id, id, "a project kind");
  }
}
