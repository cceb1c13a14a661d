package org.evidencegrading.gradeapproach.model;

import java.util.function.Predicate;

/**
 * The five criteria a good practice statement must meet, all of them, by the GRADE Working Group's
 * guidance (Guyatt et al., "Guideline panels should seldom make good practice statements", J Clin
 * Epidemiol 2016, Table 1), each as the question the guidance asks.
 */
public enum GoodPracticeCriterion {
  /** "Is the message really necessary in regard to actual health care practice?" */
  NECESSARY("necessary", "the message is necessary in regard to actual health care practice",
      AbstractGoodPracticeCriteria::necessary),
  /**
   * "After consideration of all relevant outcomes and potential downstream consequences, will
   * implementing the good practice statement result in large net positive consequences?"
   */
  NET_BENEFIT_CLEAR("netBenefitClear", "implementing it has large, unequivocal net positive consequences",
      AbstractGoodPracticeCriteria::netBenefitClear),
  /**
   * "Is collecting and summarizing the evidence a poor use of a guideline panel's limited time and
   * energy (opportunity cost is large)?"
   */
  EVIDENCE_COLLECTION_POOR_USE_OF_RESOURCES("evidenceCollectionPoorUseOfResources",
      "collecting and summarizing the evidence would be a poor use of the panel's resources",
      AbstractGoodPracticeCriteria::evidenceCollectionPoorUseOfResources),
  /** "Is there a well-documented clear and explicit rationale connecting the indirect evidence?" */
  RATIONALE_EXPLICIT("rationaleExplicit", "a clear and explicit rationale connects the indirect evidence",
      AbstractGoodPracticeCriteria::rationaleExplicit),
  /** "Is the statement clear and actionable?" */
  ACTIONABLE("actionable", "the statement is clear and actionable", AbstractGoodPracticeCriteria::actionable);

  private final String field;
  private final String words;
  final Predicate<AbstractGoodPracticeCriteria> met; // also read by AbstractGoodPracticeCriteria.unmet()

  GoodPracticeCriterion(String field, String words, Predicate<AbstractGoodPracticeCriteria> met) {
    this.field = field;
    this.words = words;
    this.met = met;
  }

  /** The field of the file's {@code goodPractice} block, e.g. {@code netBenefitClear}. */
  public String field() {
    return field;
  }

  /** The criterion as a statement, e.g. "the statement is clear and actionable". */
  public String words() {
    return words;
  }

  /** Whether the criteria record this criterion as met. */
  public boolean metBy(GoodPracticeCriteria criteria) {
    return met.test(criteria);
  }
}
