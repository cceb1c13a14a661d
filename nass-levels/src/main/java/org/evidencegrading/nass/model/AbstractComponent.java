package org.evidencegrading.nass.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * One part of a compound statement, a statement that covers several tests or treatments each with
 * its own evidence ("There is insufficient evidence ... for or against thigh pain with walking,
 * night pain, ..."): the part, and the appraisals of the studies cited for it. Each component is
 * graded on its own; the statement has its weakest component's grade.
 */
@Value.Immutable
@JsonSerialize(as = Component.class)
@JsonDeserialize(as = Component.class)
@JsonPropertyOrder({"id", "about", "appraisals"})
abstract class AbstractComponent {

  /** Unique among the statement's components, e.g. {@code thigh-pain}. */
  public abstract String id();

  /** What the part is about, in the source's words, e.g. "Thigh pain with walking". */
  public abstract String about();

  /** One per cited study, as appraised for this part. */
  public abstract ImmutableList<Appraisal> appraisals();

  @Value.Check
  protected void check() {
    Preconditions.checkState(!id().isBlank(), "a component id must not be blank");
    Preconditions.checkState(!about().isBlank(), "a component says what it is about: 'about' must not be blank");
  }
}
