package org.evidencegrading.system;

import java.util.List;
import java.util.SplittableRandom;
import org.evidencegrading.model.Recommendation;

/**
 * Makes synthetic recommendations of one grading system, for scale runs and benchmarks that anyone
 * can reproduce: the same random source gives the same recommendations. A system offers one through
 * {@link GradingSystem#synthetic()}; the command-line generator writes the guideline around them.
 *
 * @param <R> the system's recommendation type
 */
public interface SyntheticRecommendations<R extends Recommendation> {

  /** How many studies (appraisals, outcomes, ...) a recommendation cites unless told otherwise. */
  int defaultEvidence();

  /**
   * A valid recommendation citing exactly {@code studies}, drawn with {@code random}: its published
   * values mostly what the system derives, sometimes not, so that a check finds some problems.
   */
  R recommendation(String id, List<String> studies, SplittableRandom random);
}
