package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;

/** Counts results and collects their problems as a check goes. */
final class Tally {

  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private int recommendations;
  private int agreeing;
  private int withWarnings;
  private int errors;
  private int warnings;
  private int infos;

  void add(RecommendationResult result) {
    recommendations++;
    if (result.agrees()) {
      agreeing++;
    }
    if (result.hasWarnings()) {
      withWarnings++;
    }
    for (Problem problem : result.problems()) {
      problems.add(problem);
      switch (problem.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case INFO -> infos++;
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
        .withWarnings(withWarnings)
        .errors(errors)
        .warnings(warnings)
        .infos(infos)
        .build();
  }
}
