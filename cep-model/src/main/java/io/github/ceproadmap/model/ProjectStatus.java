package io.github.ceproadmap.model;

/**
 * Where a project stands.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum ProjectStatus implements CodelistValue {
  /** Being scoped or rescoped. */
  SCOPING(
      "In (re) scoping",
      "The project is being scoped or rescoped."),

  /** Running. */
  RUNNING(
      "Running",
      "The project is under way."),

  /** Finished. */
  COMPLETED(
      "Completed",
      "The project has finished."),

  /** Paused. */
  PAUSED(
      "Paused",
      "The project has stopped for a time and may resume."),

  /** Cancelled. */
  CANCELLED(
      "Cancelled",
      "The project was stopped before it finished.");

  /** The constants, for lookups by id without the copy {@code values()} makes on each call. */
  private static final ProjectStatus[] VALUES = values();

  /** The id, title and description, as {@link Codelists} publishes them. */
  private final Codelists.Code code;

  ProjectStatus(String title, String description) {
    this.code = new Codelists.Code(EnumIds.idOf(this), title, description);
  }

  @Override
  public Codelists.Code code() {
    return code;
  }

  /**
   * Returns the constant with document id {@code id}.
   *
   * @param id the document id, such as {@code "scoping"}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that id; the message quotes it and lists
   *     the ids allowed
   */
  public static ProjectStatus fromId(String id) {
    return EnumIds.parse(VALUES, ProjectStatus::id, id, "a project status");
  }
}
