package org.evidencegrading.gradeapproach.certainty;

/** Which branch of the overall-certainty rule decided ({@link OverallCertainty}). */
public enum OverallBasis {
  /** The lowest certainty among the critical outcomes. */
  LOWEST("grade.overall.lowest"),
  /** The highest certainty among the critical outcomes, which all favor the same alternative. */
  HIGHEST_SAME_DIRECTION("grade.overall.highest-same-direction");

  private final String ruleId;

  OverallBasis(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule id of the step that applies this branch. */
  public String ruleId() {
    return ruleId;
  }
}
