package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.immutables.value.Value;

/**
 * What checking a guideline found, held in memory: one result per recommendation, in file order,
 * every problem and the counts. Render it with {@link org.evidencegrading.report.ReportWriter}; for
 * guidelines too large to hold every result, check with a {@link CheckListener} instead.
 */
@Value.Immutable
abstract class AbstractCheckReport {

  public abstract GuidelineRef guideline();

  public abstract ImmutableList<RecommendationResult> recommendations();

  /** Every problem of every recommendation, in file order. */
  public abstract ImmutableList<Problem> problems();

  public abstract Summary summary();

  /** Whether the check found an ERROR problem (the command's exit status 1). */
  public boolean hasErrors() {
    return summary().errors() > 0;
  }

  /** Whether the check found a WARNING problem (exit status 1 with {@code check --strict}). */
  public boolean hasWarnings() {
    return summary().warnings() > 0;
  }
}
