package org.evidencegrading.check;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import org.evidencegrading.problem.Problem;

/**
 * Receives a check as it goes: the guideline, then each recommendation's result as soon as it is
 * derived, then every problem and the summary. Lets a report be written while checking, so that
 * checking a large guideline holds one result at a time, not all of them.
 */
public interface CheckListener {

  /** The check begins. */
  void begin(GuidelineRef guideline) throws IOException;

  /** One recommendation was checked; results come in file order. */
  void recommendation(RecommendationResult result) throws IOException;

  /** The check is over: every problem, in file order, and the counts. */
  void end(ImmutableList<Problem> problems, Summary summary) throws IOException;
}
