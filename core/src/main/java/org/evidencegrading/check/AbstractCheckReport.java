package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.RecommendationResult;
import org.immutables.value.Value;

/**
 * What checking a guideline found, held in memory: one result per recommendation, in file order,
 * every problem and the counts. Render it with {@link org.evidencegrading.report.ReportWriter}; for
 * guidelines too large to hold every result, check with a {@link CheckListener} instead.
 */
@Value.Immutable
abstract class AbstractCheckReport {

  public abstract GuidelineRef guideline();

  /** The grading system that checked the guideline (its renderer presents the results). */
  public abstract GradingSystem<?, ?> system();

  public abstract ImmutableList<RecommendationResult> recommendations();

  /** Every problem of every recommendation, in file order. */
  public abstract ImmutableList<Problem> problems();

  public abstract Summary summary();

  /** Whether the check found an ERROR problem (the command's exit status 1). */
  public boolean hasErrors() {
    return summary().errors() > 0;
  }
}
