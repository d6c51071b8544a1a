package io.github.ceproadmap.model;

/**
 * The role an organisation plays in the partnership.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum OrganizationRole {
  /** One of the seven organisations that set the partnership up. */
  FOUNDING_PARTNER,

  /** A partner organisation. */
  PARTNER,

  /** A (yearly) industry member; {@link Organization#membershipYears()} says which years. */
  MEMBER,

  /**
   * An industry partner that contributed to the roadmap, such as those the partnership's launch
   * news names ("20 diverse industry partners, such as Philips, Dell Technologies, ...").
   */
  INDUSTRY_PARTNER;

  private final String id = EnumIds.idOf(this);

  /**
   * Returns the document id of this constant, its name in kebab case.
   *
   * @return the id, such as {@code "founding-partner"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the constant with document id {@code id}.
   *
   * @param id the document id, such as {@code "founding-partner"}
   * @return the constant
   * @throws IllegalArgumentException if no constant has that id; the message quotes it and lists
   *     the ids allowed
   */
  public static OrganizationRole fromId(String id) {
    return EnumIds.parse(values(), OrganizationRole::id, id, "an organization role");
  }
}
