package org.evidencegrading.gradeapproach.strength;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/** What the published direction of a recommendation is checked against ({@link DirectionCheck}). */
@Value.Immutable
abstract class AbstractDirectionBasis {

  /** The published direction. */
  public abstract Direction published();

  /** The evidence-to-decision judgments, where given. */
  public abstract Optional<Decision> decision();

  /**
   * The alternative every critical outcome favors, where they all favor the intervention or all the
   * comparison; empty otherwise.
   */
  public abstract Optional<Favors> evidence();
}
