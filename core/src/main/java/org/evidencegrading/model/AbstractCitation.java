package org.evidencegrading.model;

import org.immutables.value.Value;

/** A place in a recommendation that cites a study of the bibliography. */
@Value.Immutable
abstract class AbstractCitation {

  /** The field path of the citing value relative to its recommendation, e.g. {@code appraisals[2].study}. */
  @Value.Parameter
  public abstract String path();

  /** The cited study's id. */
  @Value.Parameter
  public abstract String studyId();
}
