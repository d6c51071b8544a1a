package io.github.ceproadmap.model;

import io.github.ceproadmap.model.internal.Quoting;
import org.jspecify.annotations.Nullable;

/**
 * The id of a project: {@code P} followed by the id of the project's main action, as in
 * {@code P2.1}.
 *
 * <p>Ids order like their action ids. {@code parse(id.toString())} equals {@code id}.
 */
public final class ProjectId implements Comparable<ProjectId> {
  private final ActionId action;

  private ProjectId(ActionId action) {
    this.action = action;
  }

  /**
   * Returns the project id for the main action {@code action}.
   *
   * @param action the id of the project's main action
   * @return the project id {@code "P" + action}
   */
  public static ProjectId of(ActionId action) {
    return new ProjectId(action);
  }

  /**
   * Parses the text form {@code PP.S}, such as {@code "P2.1"}.
   *
   * @param text the text to parse
   * @return the id
   * @throws IllegalArgumentException if {@code text} is not a project id; the message quotes it,
   *     as in {@code expected a project id like "P2.1" but found "2.1"}
   */
  public static ProjectId parse(CharSequence text) {
    ActionId action =
        text.length() > 0 && text.charAt(0) == 'P' ? ActionId.tryParse(text, 1) : null;
    if (action == null) {
      throw new IllegalArgumentException(
          "expected a project id like \"P2.1\" but found " + Quoting.quote(text));
    }
    return new ProjectId(action);
  }

  /**
   * Returns the id of the action this project id names, its main action.
   *
   * @return the action id, {@code 2.1} for {@code P2.1}
   */
  public ActionId actionId() {
    return action;
  }

  /**
   * Orders project ids like their action ids.
   *
   * @param other the id to compare with
   * @return a negative number, zero or a positive number as this id comes before, equals or
   *     comes after {@code other}
   */
  @Override
  public int compareTo(ProjectId other) {
    return action.compareTo(other.action);
  }

  /**
   * Two project ids are equal when their action ids are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same id
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProjectId && ((ProjectId) other).action.equals(action);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return action.hashCode() ^ 0x50;
  }

  /**
   * Returns the text form, such as {@code "P2.1"}.
   *
   * @return {@code "P" + actionId()}
   */
  @Override
  public String toString() {
    return "P" + action;
  }
}
