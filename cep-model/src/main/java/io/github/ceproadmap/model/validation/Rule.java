package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.Roadmap;

/**
 * A consistency rule: it looks at a whole roadmap and reports what it finds through a
 * {@link RuleContext}.
 *
 * <p>To add a rule of your own, implement this interface and pass it to {@link
 * Validator.Builder#addRule(Rule)}:
 *
 * <pre>{@code
 * final class EditionIsSet implements Rule {
 *   public String id() { return "edition-set"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String summary() { return "the roadmap names its edition"; }
 *   public void check(Roadmap roadmap, RuleContext context) {
 *     if (roadmap.edition().isBlank()) {
 *       context.report(DocumentPointer.of("edition"), "the edition is blank");
 *     }
 *   }
 * }
 * Validator validator = Validator.builder().addRule(new EditionIsSet()).build();
 * }</pre>
 *
 * <p>A rule must not throw, must report each defect once, and must give the same findings for
 * equal roadmaps. Rules are shared between threads, so they should hold no mutable state.
 */
public interface Rule {
  /**
   * Returns the rule's stable id, which findings carry and configuration names.
   *
   * @return a kebab-case id, such as {@code "duplicate-action-id"}
   */
  String id();

  /**
   * Returns the severity of this rule's findings unless the validator is configured otherwise.
   *
   * @return the default severity
   */
  Severity defaultSeverity();

  /**
   * Returns what the rule reports, in one line for a rule catalog.
   *
   * @return a short description, such as "two actions in one pathway share an id"
   */
  String summary();

  /**
   * Checks {@code roadmap} and reports each defect found to {@code context}.
   *
   * @param roadmap the roadmap to check
   * @param context where to report findings, and the validation settings
   */
  void check(Roadmap roadmap, RuleContext context);
}
