package org.evidencegrading.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The counts at the end of a report. A recommendation disagrees when an ERROR problem is at it (at
 * the recommendation, its appraisals, components, outcomes or symbols); it is counted {@code
 * withWarnings} when a WARNING is at it, whether it agrees or not.
 */
@Value.Immutable
@JsonSerialize(as = Summary.class)
@JsonDeserialize(as = Summary.class)
@JsonPropertyOrder({"recommendations", "agreeing", "disagreeing", "withWarnings", "errors", "warnings", "infos"})
abstract class AbstractSummary {

  public abstract int recommendations();

  /** Recommendations with no ERROR problem. */
  public abstract int agreeing();

  /** Recommendations with an ERROR problem. */
  public abstract int disagreeing();

  /** Recommendations with a WARNING problem. */
  public abstract int withWarnings();

  /** Problems of severity ERROR. */
  public abstract int errors();

  /** Problems of severity WARNING. */
  public abstract int warnings();

  /** Problems of severity INFO. */
  public abstract int infos();

  @Value.Check
  protected void check() {
    if (agreeing() + disagreeing() != recommendations() || withWarnings() > recommendations()) {
      throw new IllegalStateException("inconsistent counts: " + this);
    }
  }
}
