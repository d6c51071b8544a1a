package io.github.ceproadmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.Roadmap;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The page is valid HTML by the Nu Html Checker (the W3C's checker, run offline), and is
 * self-contained: it refers to nothing outside itself, and its policy forbids loading anything.
 */
class HtmlPageValidityTest {
  private static final List<String> problems = new ArrayList<>();
  private static SimpleDocumentValidator checker;

  @BeforeAll
  static void startTheChecker() throws Exception {
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        problems.add("warning " + where(e) + e.getMessage());
      }

      @Override
      public void error(SAXParseException e) {
        problems.add("error " + where(e) + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        problems.add("fatal " + where(e) + e.getMessage());
      }
    };
    checker = new SimpleDocumentValidator();
    checker.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
    checker.setUpValidatorAndParsers(collect, true, false);
  }

  private static String where(SAXParseException e) {
    return "at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
  }

  /**
   * The checker's problems with {@code html}, but for its warning that inline style and script
   * need 'unsafe-inline', a nonce or a hash: it does not compute hashes of inline content, so it
   * warns about ours, which {@link #thePolicyAllowsExactlyTheInlineStyleAndScript()} checks.
   */
  private static List<String> check(String html) throws Exception {
    problems.clear();
    checker.checkHtmlInputSource(new InputSource(new StringReader(html)));
    return problems.stream()
        .filter(problem -> !problem.matches("warning at \\d+:\\d+: Inline (style|script) violates"
            + " Content Security Policy .*"))
        .toList();
  }

  @Test
  void thePublishedEditionsPageIsValidHtml() throws Exception {
    assertEquals(List.of(), check(Pages.render(Pages.published())));
  }

  @Test
  void pagesOfGeneratedRoadmapsWithHostileTextAndDefectsAreValidHtml() throws Exception {
    for (Roadmap roadmap : Pages.generated()) {
      String html = Pages.render(roadmap);
      assertEquals(List.of(), check(html), html);
    }
  }

  @Test
  void thePolicyAllowsExactlyTheInlineStyleAndScript() throws Exception {
    String html = Pages.render(Pages.published());
    String policy = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    assertTrue(policy.contains("style-src '" + sha256(between(html, "<style>", "</style>")) + "'"),
        policy);
    assertTrue(policy.contains("script-src '" + sha256(between(html, "<script>", "</script>"))
        + "'"), policy);
    assertFalse(html.contains(" style=\""), "the policy blocks style attributes");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void thePageLoadsNothingAndItsPolicyForbidsLoadingAnything() {
    String html = Pages.render(Pages.published());
    Matcher external = Pattern.compile("(?i)(?<![-\\w])(src|href|action|srcset|poster|data)\\s*=\\s*\"(?!#|mailto:)")
        .matcher(html);
    assertFalse(external.find(), () -> "the page refers outside itself: " + external.group());
    assertFalse(html.contains("url("), "the style loads something");
    Matcher policy = Pattern.compile(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertTrue(policy.find(), "no Content-Security-Policy");
    assertTrue(policy.group(1).startsWith("default-src 'none';"), policy.group(1));
    assertFalse(policy.group(1).contains("unsafe") || policy.group(1).contains("http")
        || policy.group(1).contains("*"), policy.group(1));
    assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"),
        "the policy comes after what it governs");
  }
}
