package org.evidencegrading.gradeapproach.model;

/**
 * The design of the studies of an outcome's body of evidence, as far as GRADE's starting level of
 * certainty depends on it (see {@code certainty.StartingCertainty}).
 */
public enum StudyDesign {
  /** Randomized trials. */
  RANDOMIZED,
  /**
   * Non-randomized studies whose risk of bias was assessed with ROBINS-I, which judges them against
   * a hypothetical target randomized trial.
   */
  NON_RANDOMIZED_ROBINS_I,
  /** Observational studies assessed otherwise (cohort, case-control, before-after, case series). */
  OBSERVATIONAL
}
