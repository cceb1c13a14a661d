package org.evidencegrading.gradeapproach.strength;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/** The derived strength and direction of a recommendation. */
@Value.Immutable
abstract class AbstractStrengthAndDirection {

  /** Strong or conditional. */
  @Value.Parameter
  public abstract Strength strength();

  /** For or against the intervention; absent when the balance of effects favors neither side. */
  @Value.Parameter
  public abstract Optional<Direction> direction();

  /** "CONDITIONAL FOR", or "CONDITIONAL" without a direction. */
  @Override
  public String toString() {
    return strength().name() + direction().map(direction -> " " + direction.name()).orElse("");
  }
}
