package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import static io.github.ceproadmap.model.ActionAxis.COLLECTIVE;
import static io.github.ceproadmap.model.ActionAxis.COMPANY;
import static io.github.ceproadmap.model.ActionAxis.WIDER_STAKEHOLDER;
import static io.github.ceproadmap.model.validation.Findings.only;
import static io.github.ceproadmap.model.validation.Roadmaps.action;
import static io.github.ceproadmap.model.validation.Roadmaps.pathway;
import static io.github.ceproadmap.model.validation.Roadmaps.project;
import static io.github.ceproadmap.model.validation.Roadmaps.withPathways;
import static io.github.ceproadmap.model.validation.Roadmaps.withProjects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ceproadmap.model.ProjectStatus;
import io.github.ceproadmap.model.Roadmap;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** Pathway 1 skips 1.2: one action-numbering-gap warning and nothing else. */
  private static final Roadmap GAP =
      withPathways(
          pathway(1, action("1.1", COLLECTIVE), action("1.3", COMPANY),
              action("1.4", WIDER_STAKEHOLDER)));

  @Test
  void standardRunsEveryStandardRuleAtItsDefaultSeverity() {
    ValidationReport report = Validator.standard().validate(GAP);

    Finding finding = only(report.findings());
    assertEquals(StandardRules.ACTION_NUMBERING_GAP, finding.rule());
    assertEquals(Severity.WARNING, finding.severity());
    assertTrue(report.isValid());
    assertEquals(StandardRules.all(), Validator.standard().rules());
  }

  @Test
  void aSeverityOverrideAppliesToTheRulesFindings() {
    Validator validator =
        Validator.builder().severity(StandardRules.ACTION_NUMBERING_GAP, Severity.ERROR).build();

    ValidationReport report = validator.validate(GAP);

    assertEquals(Severity.ERROR, only(report.findings()).severity());
    assertFalse(report.isValid());
    assertEquals(Severity.ERROR, validator.severityOf(StandardRules.ACTION_NUMBERING_GAP));
  }

  @Test
  void aDisabledRuleReportsNothing() {
    Validator validator = Validator.builder().disable(StandardRules.ACTION_NUMBERING_GAP).build();

    assertEquals(List.of(), validator.validate(GAP).findings());
    assertFalse(validator.rules().stream().anyMatch(
        rule -> rule.description().id().equals(StandardRules.ACTION_NUMBERING_GAP)));
  }

  @Test
  void anUnknownRuleIdIsRefusedByName() {
    var severity = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().severity("no-such-rule", Severity.INFO));
    var disable = assertThrows(IllegalArgumentException.class,
        () -> Validator.builder().disable("no-such-rule"));

    assertTrue(severity.getMessage().contains("\"no-such-rule\""), severity.getMessage());
    assertTrue(disable.getMessage().contains("\"no-such-rule\""), disable.getMessage());
  }

  @Test
  void anAddedRuleReportsAlongsideTheStandardOnes() {
    Rule editionSet =
        new Rule() {
          @Override
          public RuleDescription description() {
            return new RuleDescription("edition-set", Severity.WARNING, "Edition not set",
                "the roadmap names its edition", "Write the edition.", "\"edition\": \"2.0\"");
          }

          @Override
          public void check(Roadmap roadmap, RuleContext context) {
            if (roadmap.edition().isBlank()) {
              context.report(DocumentPointer.of("edition"), "the edition is blank");
            }
          }
        };
    Validator validator = Validator.builder().addRule(editionSet).build();

    Finding finding = only(validator.validate(Roadmaps.minimal().toBuilder().edition(" ").build())
        .findings());

    assertEquals(new Finding("edition-set", Severity.WARNING, DocumentPointer.of("edition"), "the edition is blank",
        java.util.Optional.empty()), finding);
  }

  @Test
  void anAddedRuleReportsTheValuesItDeclares() {
    RuleDescription description = new RuleDescription("edition-set", Severity.WARNING,
        "Edition not set", "the roadmap names no edition", "Write the edition.",
        "\"edition\": \"2.0\"",
        java.util.List.of(RuleDescription.Value.of("edition", "the edition as written")));
    Rule editionSet =
        new Rule() {
          @Override
          public RuleDescription description() {
            return description;
          }

          @Override
          public void check(Roadmap roadmap, RuleContext context) {
            if (roadmap.edition().isBlank()) {
              context.report(DocumentPointer.of("edition"), "the edition is blank",
                  DocumentPointer.of("title"), java.util.Map.of("edition", roadmap.edition()));
            }
          }
        };
    Validator validator = Validator.builder().addRule(editionSet).build();

    Finding finding = only(validator.validate(Roadmaps.minimal().toBuilder().edition(" ").build())
        .findings());

    assertEquals(new Finding("edition-set", Severity.WARNING, DocumentPointer.of("edition"),
        "the edition is blank", java.util.Optional.of(DocumentPointer.of("title")),
        java.util.Map.of("edition", " ")), finding);
  }

  @Test
  void theAsOfMonthReachesTheDateRule() {
    Roadmap roadmap =
        withProjects(
            project("P1.1", "1.1").toBuilder()
                .status(ProjectStatus.COMPLETED)
                .start(YearMonth.of(2022, 5))
                .durationMonths(13)
                .build());

    assertEquals(List.of(), Validator.standard().validate(roadmap).findings());
    Finding finding =
        only(Validator.builder().asOf(YearMonth.of(2023, 1)).build().validate(roadmap).findings());
    assertEquals(StandardRules.PROJECT_STATUS_DATE_CONFLICT, finding.rule());
  }
}
