package org.evidencegrading.trace;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/** The steps of a derivation, in the order they were taken. */
@Value.Immutable
abstract class AbstractTrace {

  private static final Trace EMPTY = Trace.builder().build();

  @JsonValue
  public abstract ImmutableList<Step> steps();

  /** A trace without steps. */
  public static Trace empty() {
    return EMPTY;
  }

  /** A trace of these steps. */
  @JsonCreator
  public static Trace of(Iterable<Step> steps) {
    return Trace.builder().addAllSteps(steps).build();
  }

  /** A trace of this one step. */
  public static Trace of(Step step) {
    return Trace.builder().addSteps(step).build();
  }

  /** This trace followed by {@code next}. */
  public Trace then(Trace next) {
    return Trace.builder().addAllSteps(steps()).addAllSteps(next.steps()).build();
  }

  /** This trace followed by one more step. */
  public Trace then(Step next) {
    return Trace.builder().addAllSteps(steps()).addSteps(next).build();
  }
}
