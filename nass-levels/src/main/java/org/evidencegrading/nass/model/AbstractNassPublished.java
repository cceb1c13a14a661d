package org.evidencegrading.nass.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** What the guideline printed for a NASS recommendation. */
@Value.Immutable
@JsonSerialize(as = NassPublished.class)
@JsonDeserialize(as = NassPublished.class)
abstract class AbstractNassPublished {

  /** "Grade of Recommendation: B". */
  public abstract Grade grade();
}
