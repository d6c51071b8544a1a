package io.github.ceproadmap.model;

/**
 * The role an organisation plays in the partnership.
 *
 * <p>Each constant has a document id, its {@link #id()}, used in JSON.
 */
public enum OrganizationRole implements CodelistValue {
  /** One of the seven organisations that set the partnership up. */
  FOUNDING_PARTNER(
      "Founding partner",
      "One of the seven organisations that set the partnership up."),

  /** A partner organisation. */
  PARTNER(
      "Partner",
      "A partner organisation of the partnership."),

  /** A (yearly) industry member; {@link Organization#membershipYears()} says which years. */
  MEMBER(
      "Member",
      "A yearly industry member of the partnership."),

  /**
   * An industry partner that contributed to the roadmap, such as those the partnership's launch
   * news names ("20 diverse industry partners, such as Philips, Dell Technologies, ...").
   */
  INDUSTRY_PARTNER(
      "Industry partner",
      "An industry partner that contributed to the roadmap.");

  /** The constants, for lookups by id without the copy {@code values()} makes on each call. */
  private static final OrganizationRole[] VALUES = values();

  /** The id, title and description, as {@link Codelists} publishes them. */
  private final Codelists.Code code;

  OrganizationRole(String title, String description) {
    this.code = new Codelists.Code(EnumIds.idOf(this), title, description);
  }

  @Override
  public Codelists.Code code() {
    return code;
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
    return EnumIds.parse(VALUES, OrganizationRole::id, id, "an organization role");
  }
}
