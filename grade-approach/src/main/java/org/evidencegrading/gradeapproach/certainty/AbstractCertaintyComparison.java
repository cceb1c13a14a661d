package org.evidencegrading.gradeapproach.certainty;

import org.immutables.value.Value;

/** A published certainty and the certainties permitted for it, for {@link CertaintyAgreement}. */
@Value.Immutable
abstract class AbstractCertaintyComparison {

  /** What was derived: the permitted certainties and the default. */
  @Value.Parameter
  public abstract PermittedCertainty permitted();

  /** What was published. */
  @Value.Parameter
  public abstract PublishedCertainty published();
}
