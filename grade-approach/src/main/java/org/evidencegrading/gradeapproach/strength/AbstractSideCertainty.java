package org.evidencegrading.gradeapproach.strength;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.immutables.value.Value;

/** An outcome as a paradigmatic situation sees it: which alternative it favors, with what certainty. */
@Value.Immutable
abstract class AbstractSideCertainty {

  /** The outcome's id. */
  @Value.Parameter
  public abstract String outcome();

  /** The alternative its effect favors. */
  @Value.Parameter
  public abstract Favors favors();

  /** The certainty of its evidence. */
  @Value.Parameter
  public abstract Certainty certainty();
}
