package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An organisation taking part in the partnership, such as {@code ITU}, the International
 * Telecommunication Union. Projects name organisations by {@link #id()} as leads and contacts.
 *
 * <pre>{@code
 * Organization itu = Organization.builder()
 *     .id("ITU")
 *     .name("International Telecommunication Union")
 *     .addRoles(OrganizationRole.FOUNDING_PARTNER)
 *     .build();
 * Organization lenovo = Organization.builder()
 *     .id("Lenovo")
 *     .name("Lenovo")
 *     .addRoles(OrganizationRole.MEMBER)
 *     .addMembershipYears(Year.of(2024))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Organization {
  Organization() {}

  /**
   * Returns the id that projects use to name this organisation.
   *
   * @return a non-empty id, such as {@code "ITU"}
   */
  public abstract String id();

  /**
   * Returns the organisation's name, verbatim as published.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the organisation's roles in the partnership, in document order.
   *
   * @return the roles, possibly empty
   */
  public abstract List<OrganizationRole> roles();

  /**
   * Returns the years in which the organisation was a member of the partnership, in document
   * order, such as 2024 for the slide "2024 Members".
   *
   * @return the membership years, each from 0 to 9999 ({@link FormatDates}), possibly empty
   */
  public abstract List<Year> membershipYears();

  /**
   * Returns the document members this library does not know, kept by a lenient read.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns a builder for a new organisation.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this organisation.
   *
   * @return a builder holding this organisation's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    if (id().isEmpty()) {
      throw new IllegalArgumentException("expected a non-empty organization id but found \"\"");
    }
    List<Year> years = membershipYears();
    for (int i = 0; i < years.size(); i++) {
      FormatDates.checkYear(years.get(i));
    }
    JsonText.checkExtensions(extensions(), DocumentShape.ORGANIZATION);
  }

  /**
   * Builds an {@link Organization}; {@code id} and {@code name} are required, and {@code
   * build()} throws {@link IllegalArgumentException} for an empty id or a membership year
   * outside the years of {@link FormatDates}.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
