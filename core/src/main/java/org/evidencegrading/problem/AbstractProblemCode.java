package org.evidencegrading.problem;

import org.immutables.value.Value;

/**
 * A kind of problem, e.g. {@code GRADE_MISMATCH}, with its severity and what it means. Grading
 * systems declare their codes as constants.
 */
@Value.Immutable
abstract class AbstractProblemCode {

  /** The code as reports print it, UPPER_SNAKE_CASE. */
  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract Severity severity();

  /** When the code is reported. */
  @Value.Parameter
  public abstract String description();

  /** A problem of this kind found at {@code at} (a recommendation id). */
  public Problem at(String at, String message) {
    return Problem.builder().code(name()).severity(severity()).at(at).message(message).build();
  }

  /** A problem of this kind about one item (an appraised study, an outcome) of recommendation {@code at}. */
  public Problem at(String at, String item, String message) {
    return Problem.builder().code(name()).severity(severity()).at(at).item(item).message(message).build();
  }

  @Override
  public String toString() {
    return name();
  }
}
