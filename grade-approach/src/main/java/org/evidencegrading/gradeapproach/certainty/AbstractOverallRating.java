package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.immutables.value.Value;

/** The overall certainty of a recommendation's evidence, the branch that gave it and the outcome that decided. */
@Value.Immutable
abstract class AbstractOverallRating {

  /** The overall certainty. */
  public abstract Certainty certainty();

  /** Whether the lowest or the highest critical outcome decided. */
  public abstract OverallBasis basis();

  /** The id of the critical outcome whose certainty it is (the first in file order, on a tie). */
  public abstract String decidedBy();
}
