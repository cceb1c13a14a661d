package org.evidencegrading.gradeapproach.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * What was derived for a GRADE recommendation: the overall certainty, and the strength and direction
 * where they can be derived; or, for a good practice statement, whether its criteria are met. What
 * was not derived is left out of the JSON report.
 */
@Value.Immutable
@JsonSerialize(as = GradeApproachDerived.class)
@JsonPropertyOrder({"certainty", "strength", "direction", "goodPractice"})
abstract class AbstractGradeApproachDerived {

  /** The overall certainty of the evidence; absent for a good practice statement. */
  public abstract Optional<Certainty> certainty();

  /** The strength; absent without evidence-to-decision judgments. */
  public abstract Optional<Strength> strength();

  /** The direction; absent without evidence-to-decision judgments or when the balance favors neither side. */
  public abstract Optional<Direction> direction();

  /** For a good practice statement, whether all five criteria are met. */
  public abstract Optional<Boolean> goodPractice();
}
