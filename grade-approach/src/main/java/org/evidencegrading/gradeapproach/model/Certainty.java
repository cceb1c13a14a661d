package org.evidencegrading.gradeapproach.model;

import com.google.common.base.Preconditions;

/**
 * The four levels of certainty of evidence (formerly "quality of evidence") of GRADE, declared best
 * first, with their definitions as the Danish guideline's Table 1 prints them ("adapted from Balshem
 * et al. (2011)", GRADE guidelines 3, J Clin Epidemiol 2011).
 *
 * <p>For the arithmetic of rating down and up, each level has a {@link #rank()}: 4 for high down to
 * 1 for very low, the number of filled circles of its ⊕ symbol.
 */
public enum Certainty {
  /** "We are very confident that the true effect lies close to the estimate of the effect" (⊕⊕⊕⊕). */
  HIGH,
  /**
   * "We are moderately confident of the estimated effect: The true effect is likely to be close to
   * the estimate, but there is a possibility that it is substantially different" (⊕⊕⊕O).
   */
  MODERATE,
  /**
   * "We have limited confidence of estimated effect: The true effect may be substantially different
   * from the estimated effect" (⊕⊕OO).
   */
  LOW,
  /**
   * "We have very little confidence in the estimated effect: The true effect is likely to be
   * substantially different from the estimate" (⊕OOO).
   */
  VERY_LOW;

  /** How many levels there are; {@code values()} copies its array at every call. */
  private static final int LEVELS = values().length;

  /** The level as a number: 4 for high, 3 moderate, 2 low, 1 very low. */
  public int rank() {
    return LEVELS - ordinal();
  }

  /** Whether this level is {@code other} or better. */
  public boolean atLeast(Certainty other) {
    return rank() >= other.rank();
  }

  /**
   * The level of a rank.
   *
   * @throws IllegalArgumentException unless {@code rank} is 1 (very low) to 4 (high)
   */
  public static Certainty ofRank(int rank) {
    Preconditions.checkArgument(
        rank >= VERY_LOW.rank() && rank <= HIGH.rank(), "a certainty rank is 1 to 4, not %s", rank);
    return values()[LEVELS - rank];
  }
}
