package org.evidencegrading.gradeapproach.model;

/** What a GRADE recommendation of a file is, which decides what is derived and checked for it. */
public enum RecommendationKind {
  /**
   * Outcomes without evidence-to-decision judgments and without a published strength (a review's
   * summary of findings): only certainty is derived and compared.
   */
  EVIDENCE_PROFILE,
  /**
   * A recommendation for or against: the certainty where it has outcomes, the direction where the
   * judgments give one, and the published strength against GRADE's guidance on discordant
   * recommendations.
   */
  RECOMMENDATION,
  /** The panel declined to recommend ({@code published.noRecommendation}): certainty and symbols only. */
  NO_RECOMMENDATION,
  /** A good practice statement: its five criteria are checked; nothing is graded. */
  GOOD_PRACTICE_STATEMENT
}
