package org.evidencegrading.gradeapproach.result;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;

/**
 * How derived values are compared with published ones: a value agrees when either side is absent
 * (there is nothing to compare) or both are equal.
 */
public final class Agreement {

  private Agreement() {}

  /** Whether the derived value equals the published one; absent when either is absent. */
  public static <T> Optional<Boolean> of(Optional<T> published, Optional<T> derived) {
    return published.isPresent() && derived.isPresent() ? Optional.of(published.equals(derived)) : Optional.empty();
  }

  /** Whether the derived value does not contradict the published one: true when either is absent. */
  public static <T> boolean holds(Optional<T> published, Optional<T> derived) {
    return of(published, derived).orElse(true);
  }

  /** Whether the derived overall certainty does not contradict the published one. */
  public static boolean certainty(Optional<GradeApproachPublished> published, GradeApproachDerived derived) {
    return holds(published.flatMap(GradeApproachPublished::certainty), derived.certainty());
  }

  /** Whether neither the derived strength nor the derived direction contradicts the published one. */
  public static boolean strengthAndDirection(Optional<GradeApproachPublished> published, GradeApproachDerived derived) {
    return holds(published.flatMap(GradeApproachPublished::strength), derived.strength())
        && holds(published.flatMap(GradeApproachPublished::direction), derived.direction());
  }

  /** Whether the derived verdict on a good practice statement does not contradict the published one. */
  public static boolean goodPractice(Optional<GradeApproachPublished> published, GradeApproachDerived derived) {
    return holds(published.flatMap(GradeApproachPublished::goodPractice), derived.goodPractice());
  }
}
