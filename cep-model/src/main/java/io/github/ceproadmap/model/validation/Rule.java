package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Roadmap;

/**
 * A consistency rule: it looks at a whole roadmap and reports what it finds through a
 * {@link RuleContext}, and it describes itself, once, in a {@link RuleDescription}.
 *
 * <p>To add a rule of your own, implement this interface and pass it to {@link
 * Validator.Builder#addRule(Rule)}:
 *
 * <pre>{@code
 * final class EditionIsSet implements Rule {
 *   static final RuleDescription DESCRIPTION = new RuleDescription("edition-set", Severity.WARNING,
 *       "Edition not set", "the roadmap names no edition",
 *       "Write the edition the roadmap was published as.", "\"edition\": \"2.0\"",
 *       List.of(RuleDescription.Value.of("edition", "the edition as written")));
 *   public RuleDescription description() { return DESCRIPTION; }
 *   public void check(Roadmap roadmap, RuleContext context) {
 *     if (roadmap.edition().isBlank()) {
 *       context.report(DocumentPointer.of("edition"), "the edition is blank",
 *           Map.of("edition", roadmap.edition()));
 *     }
 *   }
 * }
 * Validator validator = Validator.builder().addRule(new EditionIsSet()).build();
 * }</pre>
 *
 * <p>A finding's values (the blank edition here) are typed data that reports carry beside the
 * message (see {@link Finding#values()}); the description declares their names and meanings.
 *
 * <p>A rule must not throw, must report each defect once, must give the same findings for equal
 * roadmaps, and must return the same description every time. Rules are shared between threads,
 * so they should hold no mutable state.
 */
public interface Rule {
  /**
   * Returns what the rule is: its id, default severity, title, what it checks and how to fix
   * its findings.
   *
   * @return the description, the same every time
   */
  RuleDescription description();

  /**
   * Checks {@code roadmap} and reports each defect found to {@code context}.
   *
   * @param roadmap the roadmap to check
   * @param context where to report findings, and the validation settings
   */
  void check(Roadmap roadmap, RuleContext context);
}
