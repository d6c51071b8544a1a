package io.github.ceproadmap.model.validation;

import io.github.ceproadmap.model.DocumentPointer;
import io.github.ceproadmap.model.Quarter;
import io.github.ceproadmap.model.Roadmap;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * {@code status-quarter-before-launch}: the roadmap's status quarter ends before the month of its
 * launch, so its dashboard would report on a time before the roadmap existed. A roadmap without
 * both dates is not checked.
 */
final class StatusQuarterBeforeLaunchRule implements Rule {
  @Override
  public String id() {
    return StandardRules.STATUS_QUARTER_BEFORE_LAUNCH;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "the roadmap's status quarter ends before the month it was launched";
  }

  @Override
  public void check(Roadmap roadmap, RuleContext context) {
    Optional<LocalDate> launched = roadmap.launched();
    Optional<Quarter> quarter = roadmap.statusQuarter();
    if (launched.isPresent() && quarter.isPresent()
        && quarter.get().lastMonth().isBefore(YearMonth.from(launched.get()))) {
      context.report(
          DocumentPointer.of("statusQuarter"),
          "the status quarter " + quarter.get() + " ends before the launch on " + launched.get(),
          DocumentPointer.of("launched"));
    }
  }
}
