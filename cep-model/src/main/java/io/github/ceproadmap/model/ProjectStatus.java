package io.github.ceproadmap.model;

/**
 * Where a project stands.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum ProjectStatus {
  /** Being scoped or rescoped. */
  SCOPING,

  /** Running. */
  RUNNING,

  /** Finished. */
  COMPLETED,

  /** Paused. */
  PAUSED,

  /** Cancelled. */
  CANCELLED;

  private final String id = EnumIds.idOf(this);

  /**
   * Returns the document id of this constant, its name in kebab case.
   *
   * @return the id, such as {@code "scoping"}
   */
  public String id() {
    return id;
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
