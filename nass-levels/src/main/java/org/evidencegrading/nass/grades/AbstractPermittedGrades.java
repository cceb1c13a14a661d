package org.evidencegrading.nass.grades;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.nass.model.Grade;
import org.immutables.value.Value;

/**
 * The grades a rule that leaves discretion permits: the default (the grade the evidence deserves)
 * first, then the others, and which of them the guideline used, if it used one.
 */
@Value.Immutable
abstract class AbstractPermittedGrades {

  /** Every permitted grade, the default first. */
  public abstract ImmutableList<Grade> grades();

  /** The published grade, when it is one of {@link #grades()}. */
  public abstract Optional<Grade> used();

  /** The grade the rule gives when no discretion is used. */
  public Grade defaultGrade() {
    return grades().get(0);
  }

  public boolean permits(Grade grade) {
    return grades().contains(grade);
  }

  /** Whether the guideline used a permitted grade other than the default. */
  public boolean discretionUsed() {
    return used().isPresent() && used().get() != defaultGrade();
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(!grades().isEmpty(), "at least the default grade is permitted");
    used().ifPresent(grade -> Preconditions.checkState(permits(grade), "the grade used, %s, is not permitted: %s", grade, grades()));
  }
}
