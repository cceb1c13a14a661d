package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.GradingSystem;
import org.evidencegrading.system.RecommendationResult;
import org.immutables.value.Value;

/**
 * What checking a guideline found: one result per recommendation, in file order, and every problem.
 * Render it with {@link org.evidencegrading.report.ReportWriter}.
 */
@Value.Immutable
public abstract class AbstractCheckReport {

  public abstract GuidelineRef guideline();

  /** The grading system that checked the guideline (its renderer presents the results). */
  public abstract GradingSystem<?, ?> system();

  public abstract ImmutableList<RecommendationResult> recommendations();

  /** Every problem of every recommendation, in file order. */
  @Value.Derived
  public ImmutableList<Problem> problems() {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (RecommendationResult result : recommendations()) {
      problems.addAll(result.problems());
    }
    return problems.build();
  }

  @Value.Derived
  public Summary summary() {
    int agreeing = (int) recommendations().stream().filter(RecommendationResult::agrees).count();
    int errors = (int) problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
    return Summary.builder()
        .recommendations(recommendations().size())
        .agreeing(agreeing)
        .disagreeing(recommendations().size() - agreeing)
        .errors(errors)
        .warnings(problems().size() - errors)
        .build();
  }

  /** Whether the check found an ERROR problem (the command's exit status 1). */
  public boolean hasErrors() {
    return summary().errors() > 0;
  }
}
