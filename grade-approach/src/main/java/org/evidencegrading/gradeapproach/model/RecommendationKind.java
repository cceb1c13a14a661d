package org.evidencegrading.gradeapproach.model;

/** What a GRADE recommendation of a file is, which decides what is derived for it. */
public enum RecommendationKind {
  /**
   * Outcomes without evidence-to-decision judgments and without a published strength (a review's
   * summary of findings): only certainty is derived and compared.
   */
  EVIDENCE_PROFILE,
  /**
   * Outcomes with evidence-to-decision judgments or a published strength: certainty, and strength and
   * direction where the judgments are given.
   */
  RECOMMENDATION,
  /** A good practice statement: its five criteria are checked; nothing is graded. */
  GOOD_PRACTICE_STATEMENT
}
