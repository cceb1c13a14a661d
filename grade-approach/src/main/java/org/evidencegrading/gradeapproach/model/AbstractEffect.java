package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome's effect estimate with its 95% confidence interval, e.g. {@code {measure: RR, estimate:
 * 0.80, ciLow: 0.65, ciHigh: 0.98}}. The interval is optional (a source may print none), but given,
 * it has both ends and holds the estimate; a ratio and its interval are positive.
 */
@Value.Immutable
@JsonSerialize(as = Effect.class)
@JsonDeserialize(as = Effect.class)
@JsonPropertyOrder({"measure", "estimate", "ciLow", "ciHigh"})
abstract class AbstractEffect {

  public abstract EffectMeasure measure();

  public abstract double estimate();

  /** The lower end of the 95% confidence interval. */
  public abstract Optional<Double> ciLow();

  /** The upper end of the 95% confidence interval. */
  public abstract Optional<Double> ciHigh();

  @Value.Check
  protected void check() {
    Preconditions.checkState(Double.isFinite(estimate()), "the estimate is a finite number, not %s", estimate());
    Preconditions.checkState(ciLow().isPresent() == ciHigh().isPresent(),
        "a confidence interval has both ends, ciLow and ciHigh, or neither");
    if (ciLow().isPresent()) {
      Preconditions.checkState(ciLow().get() <= estimate() && estimate() <= ciHigh().get(),
          "the confidence interval %s to %s does not hold the estimate %s", ciLow().get(), ciHigh().get(), estimate());
    }
    if (measure().ratio()) {
      Preconditions.checkState(estimate() > 0 && ciLow().orElse(1.0) > 0,
          "a %s and its confidence interval are positive", measure());
    }
  }
}
