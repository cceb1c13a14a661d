package org.evidencegrading.gradeapproach.certainty;

/** The branches of the overall-certainty rule ({@link OverallCertainty}), each with the rule id of its step. */
public enum OverallBasis {
  /** The lowest certainty among the critical outcomes: the default. */
  LOWEST("grade.overall.lowest"),
  /**
   * The highest certainty among the critical outcomes the panel judged sufficient alone, every
   * critical outcome favoring the same alternative: also permitted.
   */
  SUFFICIENT_ALONE("grade.overall.sufficient-alone");

  private final String ruleId;

  OverallBasis(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule id of the step that applies this branch. */
  public String ruleId() {
    return ruleId;
  }
}
