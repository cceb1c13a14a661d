package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What the guideline printed for one outcome (e.g. in its summary-of-findings table). */
@Value.Immutable
@JsonSerialize(as = OutcomePublished.class)
@JsonDeserialize(as = OutcomePublished.class)
abstract class AbstractOutcomePublished {

  /** The certainty of the outcome's evidence, as stated. */
  public abstract Certainty certainty();
}
