package io.github.ceproadmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.ActionState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** WCAG 2.2 AA contrast for every state and every coloured text of the page. */
class StateStyleTest {
  private static final String WHITE = "#ffffff";
  private static final String PANEL = "#f1f4f7";

  @Test
  void everyStatesTextMeetsAaContrastOnItsFillAndItsStripeStandsOutFromThePage() {
    for (ActionState state : ActionState.values()) {
      StateStyle style = StateStyle.of(state);
      assertAtLeast(4.5, style.text(), style.background(), state + " text");
      assertAtLeast(4.5, StateStyle.FINDING, WHITE, state + " finding mark");
      assertAtLeast(3.0, style.accent(), WHITE, state + " stripe");
    }
  }

  @Test
  void theStatesDifferInShapeOrWordsNotOnlyInColour() {
    Set<String> shapes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (ActionState state : ActionState.values()) {
      shapes.add(StateStyle.of(state).shape());
      labels.add(StateStyle.of(state).label());
    }
    assertTrue(shapes.size() == ActionState.values().length, shapes::toString);
    assertTrue(labels.size() == ActionState.values().length, labels::toString);
  }

  @Test
  void everyTextColourOfTheStyleSheetMeetsAaContrastOnItsBackground() throws IOException {
    String css;
    try (InputStream in = HtmlPage.class.getResourceAsStream("dashboard.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Pattern rule = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    Pattern color = Pattern.compile("(?<![-\\w])color:(#[0-9a-f]{3,6})");
    Pattern background = Pattern.compile("background:(#[0-9a-f]{3,6})");
    List<String> checked = new ArrayList<>();
    Matcher rules = rule.matcher(css);
    while (rules.find()) {
      Matcher text = color.matcher(rules.group(2));
      if (!text.find()) {
        continue;
      }
      Matcher fill = background.matcher(rules.group(2));
      List<String> fills = fill.find() ? List.of(fill.group(1)) : List.of(WHITE, PANEL);
      for (String on : fills) {
        assertAtLeast(4.5, text.group(1), on, rules.group(1).strip());
      }
      checked.add(rules.group(1).strip());
    }
    assertTrue(checked.size() >= 8, checked::toString);
  }

  private static void assertAtLeast(double ratio, String foreground, String background,
      String what) {
    double actual = contrast(foreground, background);
    assertTrue(actual >= ratio, () -> what + ": " + foreground + " on " + background + " is "
        + actual + ":1, below " + ratio + ":1");
  }

  /** WCAG 2.2 contrast ratio of two sRGB colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    String full = hex.length() == 4
        ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3)
            + hex.charAt(3)
        : hex;
    double[] channel = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(full.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      channel[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
  }
}
