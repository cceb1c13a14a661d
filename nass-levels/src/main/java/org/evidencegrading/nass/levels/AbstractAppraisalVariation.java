package org.evidencegrading.nass.levels;

import org.immutables.value.Value;

/** A study appraised in more than one way across a guideline: where it is reported, and where it varies. */
@Value.Immutable
abstract class AbstractAppraisalVariation {

  /** The id of the recommendation to report the variation at: the first whose appraisal differs. */
  @Value.Parameter
  public abstract String at();

  /** Each way the study is appraised, and under which recommendations. */
  @Value.Parameter
  public abstract String message();
}
