package io.github.ceproadmap.model.diff;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two roadmaps.
 *
 * @param kind what kind of change it is
 * @param subject what changed, by its id: an action id ({@code "2.5"}), a pathway number, an axis,
 *     organisation or project id; for a renumbered action its old id
 * @param before the old value where one changed (an old title, id or axis), else empty
 * @param after the new value where one changed, else empty
 * @param description the change in words, such as {@code action 2.5 renumbered to 2.4 ("Commit
 *     to meeting ...")}
 */
public record Change(
    ChangeKind kind,
    String subject,
    Optional<String> before,
    Optional<String> after,
    String description) {

  /**
   * Checks that no component is null.
   *
   * @param kind see {@link #kind()}
   * @param subject see {@link #subject()}
   * @param before see {@link #before()}
   * @param after see {@link #after()}
   * @param description see {@link #description()}
   * @throws NullPointerException if a component is null
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(description, "description");
  }

  /**
   * Returns the description.
   *
   * @return {@link #description()}
   */
  @Override
  public String toString() {
    return description;
  }
}
