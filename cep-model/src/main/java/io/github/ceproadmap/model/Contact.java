package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.DocumentShape;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact person of a project.
 *
 * <pre>{@code
 * Contact contact = Contact.builder()
 *     .name("Garam Marc Bel")
 *     .email("garam.bel@itu.int")
 *     .organization("ITU")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contact {
  Contact() {}

  /**
   * Returns the contact's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the contact's e-mail address, as published; the validator checks that it is
   * plausible.
   *
   * @return the e-mail address
   */
  public abstract String email();

  /**
   * Returns the id of the organisation the contact works for, if known.
   *
   * @return the organisation id, never blank; or empty
   */
  public abstract Optional<String> organization();

  /**
   * Returns the document members this library does not know, kept by a lenient read.
   *
   * @return member name to JSON text of its value, in document order, each one JSON value as
   *     {@link JsonText} checks it; empty if none
   */
  public abstract Map<String, String> extensions();

  /**
   * Returns a builder for a new contact.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this contact.
   *
   * @return a builder holding this contact's values
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Gives the canonical contact: an organisation that is empty or only white space is absent. */
  @Value.Check
  Contact normalize() {
    JsonText.checkExtensions(extensions(), DocumentShape.CONTACT);
    return OptionalText.isBlank(organization())
        ? builder().from(this).organization(Optional.empty()).build()
        : this;
  }

  /**
   * Builds a {@link Contact}; {@code name} and {@code email} are required. {@code build()} gives
   * the canonical contact: a blank organisation is absent.
   */
  public static final class Builder extends ImmutableContact.Builder {
    Builder() {}
  }
}
