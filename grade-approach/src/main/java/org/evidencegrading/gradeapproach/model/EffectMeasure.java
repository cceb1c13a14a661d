package org.evidencegrading.gradeapproach.model;

/**
 * The measure of an outcome's effect estimate, as summary-of-findings tables report it (Cochrane
 * Handbook, chapter 14): relative measures of a dichotomous outcome, from which absolute effects per
 * 1000 follow given a baseline risk, and absolute or continuous measures, shown as they are.
 */
public enum EffectMeasure {
  /** Risk ratio. */
  RR(true),
  /** Odds ratio. */
  OR(true),
  /** Hazard ratio. */
  HR(true),
  /** Risk difference (absolute, as a proportion). */
  RD(false),
  /** Mean difference, in the outcome's units. */
  MD(false),
  /** Standardized mean difference. */
  SMD(false);

  private final boolean ratio;

  EffectMeasure(boolean ratio) {
    this.ratio = ratio;
  }

  /** Whether the measure is a ratio (RR, OR, HR): positive, with no effect at 1. */
  public boolean ratio() {
    return ratio;
  }
}
