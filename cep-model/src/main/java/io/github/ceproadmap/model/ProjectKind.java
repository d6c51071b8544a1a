package io.github.ceproadmap.model;

/**
 * Who runs a project.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum ProjectKind {
  /** A CEP activity, run by the partnership itself. */
  CEP_ACTIVITY,

  /** An alliance project, run by partners. */
  ALLIANCE_PROJECT;

  private final String id = EnumIds.idOf(this);

  /**
   * Returns the document id of this constant, its name in kebab case.
   *
   * @return the id, such as {@code "cep-activity"}
   */
  public String id() {
    return id;
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
    return EnumIds.parse(values(), ProjectKind::id, id, "a project kind");
  }
}
