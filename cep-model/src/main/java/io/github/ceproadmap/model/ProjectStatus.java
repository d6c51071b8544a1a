package io.github.ceproadmap.model;

/**
 * Where a project stands.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum ProjectStatus {
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

  /** The id, title and description, as {@link Codelists} publishes them. */
  private final Codelists.Code code;

  ProjectStatus(String title, String description) {
    this.code = new Codelists.Code(EnumIds.idOf(this), title, description);
  }

  Codelists.Code code() {
    return code;
  }

  /**
   * Returns the words people read for this constant, in reports, pages and codelists.
   *
   * @return the title, such as {@code "In (re) scoping"}
   */
  public String title() {
    return code.title();
  }

  /**
   * Returns what this constant means, in one sentence, as the published codelist gives it.
   *
   * @return the definition
   */
  public String description() {
    return code.description();
  }

  /**
   * Returns the document id of this constant, its name in kebab case.
   *
   * @return the id, such as {@code "scoping"}
   */
  public String id() {
    return code.code();
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
    return EnumIds.parse(values(), ProjectStatus::id, id, "a project status");
  }
}
