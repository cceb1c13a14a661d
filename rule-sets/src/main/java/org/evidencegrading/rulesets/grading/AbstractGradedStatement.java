package org.evidencegrading.rulesets.grading;

import org.immutables.value.Value;

/** A statement and the grade it is published (or derived) with. */
@Value.Immutable
abstract class AbstractGradedStatement {

  @Value.Parameter
  public abstract String grade();

  @Value.Parameter
  public abstract String text();
}
