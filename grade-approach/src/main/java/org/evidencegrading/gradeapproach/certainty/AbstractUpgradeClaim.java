package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Outcome;
import org.immutables.value.Value;

/** An outcome whose factors for rating up are to be weighed, and how far it was rated down. */
@Value.Immutable
abstract class AbstractUpgradeClaim {

  /** The outcome, with its factors for rating up. */
  @Value.Parameter
  public abstract Outcome outcome();

  /** The levels the five domains took away. */
  @Value.Parameter
  public abstract int levelsDown();
}
