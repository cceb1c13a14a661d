package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Outcome;
import org.immutables.value.Value;

/**
 * One outcome as the overall certainty counts it: the outcome (importance, what it favors, whether
 * it suffices alone) and the certainties permitted for it, narrowed to the one its guideline
 * published where that is permitted.
 */
@Value.Immutable
abstract class AbstractOutcomeCertainty {

  /** The outcome (one with evidence). */
  @Value.Parameter
  public abstract Outcome outcome();

  /** The certainties permitted for it. */
  @Value.Parameter
  public abstract PermittedCertainty permitted();
}
