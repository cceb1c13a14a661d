package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.RecommendationResult;

/** Counts results and collects their problems as a check goes. */
final class Tally {

  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private int recommendations;
  private int agreeing;
  private int errors;
  private int warnings;

  void add(RecommendationResult result) {
    recommendations++;
    if (result.agrees()) {
      agreeing++;
    }
    for (Problem problem : result.problems()) {
      problems.add(problem);
      if (problem.severity() == Severity.ERROR) {
        errors++;
      } else {
        warnings++;
      }
    }
  }

  ImmutableList<Problem> problems() {
    return problems.build();
  }

  Summary summary() {
    return Summary.builder()
        .recommendations(recommendations)
        .agreeing(agreeing)
        .disagreeing(recommendations - agreeing)
        .errors(errors)
        .warnings(warnings)
        .build();
  }
}
