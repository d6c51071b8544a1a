package io.github.ceproadmap.model.diff;

import java.util.Locale;

/** What kind of change a {@link Change} is. */
public enum ChangeKind {
  /**
   * The roadmap's own id, title, edition, launch day, status quarter or extensions changed (its
   * lists are compared item by item, as the other kinds say).
   */
  ROADMAP_CHANGED,
  /** An action is in the new roadmap only. */
  ACTION_ADDED,
  /** An action is in the old roadmap only. */
  ACTION_REMOVED,
  /** An action kept its id but changed its title. */
  ACTION_RETITLED,
  /** An action kept its title but changed its id. */
  ACTION_RENUMBERED,
  /** An action moved to another axis. */
  ACTION_MOVED,
  /** A pathway number is in the new roadmap only. */
  PATHWAY_ADDED,
  /** A pathway number is in the old roadmap only. */
  PATHWAY_REMOVED,
  /** A pathway kept its number but changed its title. */
  PATHWAY_RETITLED,
  /** An axis id is in the new roadmap only. */
  AXIS_ADDED,
  /** An axis id is in the old roadmap only. */
  AXIS_REMOVED,
  /** An axis kept its id but changed its title. */
  AXIS_RETITLED,
  /** An organisation id is in the new roadmap only. */
  ORGANIZATION_ADDED,
  /** An organisation id is in the old roadmap only. */
  ORGANIZATION_REMOVED,
  /** An organisation kept its id but changed otherwise. */
  ORGANIZATION_CHANGED,
  /** A project id is in the new roadmap only. */
  PROJECT_ADDED,
  /** A project id is in the old roadmap only. */
  PROJECT_REMOVED,
  /** A project kept its id but changed otherwise. */
  PROJECT_CHANGED;

  /**
   * Returns the kebab-case id used in reports.
   *
   * @return the id, such as {@code "action-renumbered"}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
