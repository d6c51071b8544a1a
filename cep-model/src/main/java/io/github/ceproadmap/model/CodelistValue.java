package io.github.ceproadmap.model;

/**
 * A constant of one of the format's codelists (project kinds, project statuses, organisation
 * roles, action states): its document id, the title people read and a one-sentence definition,
 * as {@link Codelists} publishes them.
 */
public interface CodelistValue {
  /**
   * Returns this constant's entry in its codelist.
   *
   * @return the code, title and description
   */
  Codelists.Code code();

  /**
   * Returns the document id of this constant, its name in kebab case.
   *
   * @return the id, such as {@code "cep-activity"}
   */
  default String id() {
    return code().code();
  }

  /**
   * Returns the words people read for this constant, in reports, pages and codelists.
   *
   * @return the title, such as {@code "CEP Activity"}
   */
  default String title() {
    return code().title();
  }

  /**
   * Returns what this constant means, in one sentence, as the published codelist gives it.
   *
   * @return the definition
   */
  default String description() {
    return code().description();
  }
}
