package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.immutables.value.Value;

/**
 * Downgrading: a study's potential level lowered by one level per step for shortcomings in its
 * execution, never below its level's floor. A guideline gives the steps ({@code downgradeSteps}),
 * or reasons only, which count as one step.
 */
@Value.Immutable
@JsonSerialize(as = DowngradePolicy.class)
@JsonDeserialize(as = DowngradePolicy.class)
@JsonPropertyOrder({"maxSteps", "floors", "reasons", "source", "where", "unverified"})
abstract class AbstractDowngradePolicy implements Cited {

  /** The steps a rule set may allow. */
  public static final Range<Integer> STEPS = Range.closed(0, 9);

  /** Reads {@link #maxSteps()} within {@link #STEPS}. */
  public static final class StepsDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public StepsDeserializer() {
      super(STEPS, "levels a study may be downgraded");
    }
  }

  /** The most steps a guideline may give. */
  @JsonDeserialize(using = StepsDeserializer.class)
  public abstract int maxSteps();

  /** Every level's floor; each level in exactly one. */
  public abstract ImmutableList<Floor> floors();

  /** The reasons a guideline may give (codes); empty: any. */
  public abstract ImmutableList<String> reasons();

  @Value.Check
  protected void check() {
    Preconditions.checkState(STEPS.contains(maxSteps()), "maxSteps %s is not in %s", maxSteps(), STEPS);
  }
}
