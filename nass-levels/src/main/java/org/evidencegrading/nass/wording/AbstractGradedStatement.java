package org.evidencegrading.nass.wording;

import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/** A statement and the grade whose standard wording it should use. */
@Value.Immutable
abstract class AbstractGradedStatement {

  @Value.Parameter
  public abstract Grade grade();

  @Value.Parameter
  public abstract String text();
}
