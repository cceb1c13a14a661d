package org.evidencegrading.rulesets.definition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How far down studies of some levels may be downgraded: never below {@code floor}. NASS: levels I
 * to IV no lower than IV, Level V stays V; SIGN: 1++ and 1+ no lower than 1−, 2++ and 2+ no lower
 * than 2−.
 */
@Value.Immutable
@JsonSerialize(as = Floor.class)
@JsonDeserialize(as = Floor.class)
@JsonPropertyOrder({"levels", "floor"})
abstract class AbstractFloor {

  public abstract ImmutableList<String> levels();

  public abstract String floor();

  @Value.Check
  protected void check() {
    Preconditions.checkState(!levels().isEmpty(), "a floor names the levels it holds for");
  }
}
