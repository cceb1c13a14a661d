package org.evidencegrading.gradeapproach.model;

/**
 * Whether an outcome's effect is large, a reason to rate its certainty up: "GRADE suggests
 * considering rating up quality of evidence one level when methodologically rigorous observational
 * studies show at least a two-fold reduction or increase in risk, and rating up two levels for at
 * least a five-fold reduction or increase in risk" (Guyatt et al., GRADE guidelines 9, J Clin
 * Epidemiol 2011).
 */
public enum LargeEffect {
  /** No large effect: not a reason to rate up. */
  NONE(0),
  /** A large effect (roughly a relative risk beyond 2 or below 0.5): up one level. */
  LARGE(1),
  /** A very large effect (roughly a relative risk beyond 5 or below 0.2): up two levels. */
  VERY_LARGE(2);

  private final int levels;

  LargeEffect(int levels) {
    this.levels = levels;
  }

  /** The levels of certainty the effect size claims: 0 to 2. */
  public int levels() {
    return levels;
  }
}
