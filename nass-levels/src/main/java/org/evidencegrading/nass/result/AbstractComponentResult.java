package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** One component of a compound statement as the report shows it: what it is about, its grade, its appraisals. */
@Value.Immutable
@JsonSerialize(as = ComponentResult.class)
@JsonPropertyOrder({"id", "about", "derived", "appraisals"})
abstract class AbstractComponentResult {

  public abstract String id();

  public abstract String about();

  /** The grade the component's own evidence deserves, and its direction. */
  public abstract NassDerived derived();

  public abstract ImmutableList<AppraisalResult> appraisals();
}
