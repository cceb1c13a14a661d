package org.evidencegrading.nass.grades;

import java.util.Optional;
import org.evidencegrading.model.Direction;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** A derived grade with its direction relative to the statement, and the grade the guideline published. */
@Value.Immutable
abstract class AbstractDirectionCheck {

  @Value.Parameter
  public abstract Grade derived();

  /** For or against the statement as written; absent for grade I. */
  @Value.Parameter
  public abstract Optional<Direction> direction();

  @Value.Parameter
  public abstract Grade published();
}
