package io.github.ceproadmap.render;

import io.github.ceproadmap.model.ActionState;
import io.github.ceproadmap.model.ProjectStatus;

/**
 * How the page shows each {@link ActionState}: the legend's words (the state's codelist title), a
 * shape that tells the states apart without colour, and colours chosen for WCAG 2.2 AA: text on
 * the background at least 4.5:1, the accent stripe against white at least 3:1.
 *
 * @param label the legend's words
 * @param shape a character drawn before the action, or "" for none
 * @param background the fill of the action, as {@code #rrggbb}
 * @param text the colour of text on that fill
 * @param accent the stripe down the action's left edge
 */
record StateStyle(String label, String shape, String background, String text, String accent) {
  /** The page's own text, links and background, which every state must sit well beside. */
  static final String PAGE_TEXT = "#1d2b36";
  static final String PAGE_BACKGROUND = "#ffffff";
  static final String LINK = "#0b57a4";
  static final String FINDING = "#a4261b";

  static StateStyle of(ActionState state) {
    String label = state.title();
    return switch (state) {
      case CEP_ACTIVITY_RUNNING ->
          new StateStyle(label, "\u25a0", "#0b5e5a", "#ffffff", "#0b5e5a");
      case ALLIANCE_PROJECT_RUNNING ->
          new StateStyle(label, "\u25b2", "#d5efc4", PAGE_TEXT, "#2e7d32");
      case IN_SCOPING ->
          new StateStyle(label, "\u25c6", "#fde7a9", PAGE_TEXT, "#8a5a00");
      case COMPLETED -> new StateStyle(label, "\u2714", "#dde3ea", PAGE_TEXT, "#4a6378");
      case NONE -> new StateStyle(label, "", PAGE_BACKGROUND, PAGE_TEXT, "#76838f");
    };
  }

  /** The words a card's badge uses for a project status: its codelist title. */
  static String label(ProjectStatus status) {
    return status.title();
  }

  /** The style rules of every state, generated so the colours live only here. */
  static String css() {
    StringBuilder css = new StringBuilder();
    for (ActionState state : ActionState.values()) {
      StateStyle style = of(state);
      css.append(".state-").append(state.id()).append("{background:").append(style.background)
          .append(";color:").append(style.text).append(";border-left-color:")
          .append(style.accent).append("}\n");
    }
    return css.toString();
  }
}
