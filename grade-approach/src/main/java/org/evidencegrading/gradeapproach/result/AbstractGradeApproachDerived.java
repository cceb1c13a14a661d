package org.evidencegrading.gradeapproach.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.model.Direction;
import org.immutables.value.Value;

/**
 * What was derived for a GRADE recommendation: the overall certainty (its default), every certainty
 * permitted where GRADE's guidance leaves discretion, and the direction the balance of effects gives;
 * or, for a good practice statement, whether its criteria are met. The strength is the panel's
 * judgment and is not derived. What was not derived is left out of the JSON report.
 */
@Value.Immutable
@JsonSerialize(as = GradeApproachDerived.class)
@JsonPropertyOrder({"certainty", "permittedCertainty", "direction", "goodPractice"})
abstract class AbstractGradeApproachDerived {

  /** The overall certainty of the evidence (the default where more are permitted); absent without a critical outcome. */
  public abstract Optional<Certainty> certainty();

  /** Every permitted overall certainty, highest first, where more than one is; empty otherwise. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<Certainty> permittedCertainty();

  /** The direction the stated balance of effects gives; absent without one or when it favors neither side. */
  public abstract Optional<Direction> direction();

  /** For a good practice statement, whether all five criteria are met. */
  public abstract Optional<Boolean> goodPractice();
}
