package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import io.github.ceproadmap.model.internal.DocumentKeys;
import io.github.ceproadmap.model.validation.RuleDescription.Value;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code status-quarter-before-launch}: the roadmap's status quarter ends before the month of its
 * launch, so its dashboard would report on a time before the roadmap existed. A roadmap without
 * both dates is not checked.
 */
final class StatusQuarterBeforeLaunchRule implements Rule {
  private static final RuleDescription DESCRIPTION =
      new RuleDescription(
          StandardRules.STATUS_QUARTER_BEFORE_LAUNCH,
          Severity.WARNING,
          "Status quarter before launch",
          "the roadmap's status quarter ends before the month it was launched",
          "Correct the status quarter or the launch date; a roadmap's status cannot predate its "
              + "launch.",
          "launched 2024-03 with status quarter 2023-Q4: set the status quarter to 2024-Q1 or "
              + "later",
          List.of(
              Value.of("statusQuarter", "the roadmap's status quarter"),
              Value.of("launched", "the date the roadmap was launched")));

  @Override
  public RuleDescription description() {
    return DESCRIPTION;
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Optional<LocalDate> launched = roadmap.launched();
    Optional<Quarter> quarter = roadmap.statusQuarter();
    if (launched.isPresent() && quarter.isPresent()
        && quarter.get().lastMonth().isBefore(YearMonth.from(launched.get()))) {
      context.report(
          DocumentPointer.of(DocumentKeys.STATUS_QUARTER),
          "the status quarter " + quarter.get() + " ends before the launch on " + launched.get(),
          DocumentPointer.of(DocumentKeys.LAUNCHED),
          Map.of("statusQuarter", quarter.get(), "launched", launched.get()));
    }
  }
}
