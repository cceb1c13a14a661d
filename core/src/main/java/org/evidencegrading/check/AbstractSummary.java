package org.evidencegrading.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The counts at the end of a report. */
@Value.Immutable
@JsonSerialize(as = Summary.class)
@JsonPropertyOrder({"recommendations", "agreeing", "disagreeing", "errors", "warnings"})
abstract class AbstractSummary {

  public abstract int recommendations();

  /** Recommendations whose derived values all agree with the published ones. */
  public abstract int agreeing();

  public abstract int disagreeing();

  /** Problems of severity ERROR. */
  public abstract int errors();

  /** Problems of severity WARNING. */
  public abstract int warnings();
}
