package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.immutables.value.Value;

/** The overall certainty of a recommendation's evidence: the certainties permitted, and the outcome that decided the default. */
@Value.Immutable
abstract class AbstractOverallRating {

  /** The permitted certainties, with the default. */
  public abstract PermittedCertainty permitted();

  /** The id of the critical outcome whose certainty is the default (the first in file order, on a tie). */
  public abstract String decidedBy();

  /** The default overall certainty. */
  public Certainty certainty() {
    return permitted().byDefault();
  }
}
