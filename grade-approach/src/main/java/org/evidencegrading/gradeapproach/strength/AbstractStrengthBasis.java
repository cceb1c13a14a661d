package org.evidencegrading.gradeapproach.strength;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.immutables.value.Value;

/** What the strength of a recommendation is derived from: the panel's judgments and the overall certainty. */
@Value.Immutable
abstract class AbstractStrengthBasis {

  /** The evidence-to-decision judgments. */
  @Value.Parameter
  public abstract Decision decision();

  /** The overall certainty of the evidence. */
  @Value.Parameter
  public abstract Certainty certainty();
}
