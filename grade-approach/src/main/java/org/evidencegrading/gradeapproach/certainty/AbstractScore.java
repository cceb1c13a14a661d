package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.immutables.value.Value;

/** The arithmetic of one outcome's rating: where it started, the levels down and the levels up. */
@Value.Immutable
abstract class AbstractScore {

  /** The starting certainty. */
  @Value.Parameter
  public abstract Certainty start();

  /** The levels the five domains took away. */
  @Value.Parameter
  public abstract int levelsDown();

  /** The levels the factors for rating up added (as counted). */
  @Value.Parameter
  public abstract int levelsUp();

  /** The start's rank, minus the levels down, plus the levels up; may lie outside 1-4. */
  public int value() {
    return start().rank() - levelsDown() + levelsUp();
  }
}
