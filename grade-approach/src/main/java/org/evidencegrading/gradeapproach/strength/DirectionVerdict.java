package org.evidencegrading.gradeapproach.strength;

/** How a published direction compares with the balance of effects or the evidence ({@link DirectionCheck}). */
public enum DirectionVerdict {
  /** The direction follows the stated balance, or the evidence where no balance is stated. */
  FOLLOWS,
  /** Neither a balance that favors a side nor evidence that all favors one side: nothing to compare. */
  NOT_COMPARED,
  /** Opposite to the balance or the evidence, but other stated criteria favor the published direction. */
  EXPLAINED,
  /** Opposite to the balance or the evidence, and nothing stated favors it. */
  CONTRADICTS
}
