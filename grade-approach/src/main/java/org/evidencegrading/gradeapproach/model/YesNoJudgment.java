package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criteria asked as yes-or-no questions (Alonso-Coello
 * et al., GRADE Evidence to Decision frameworks 2, BMJ 2016;353:i2089): "Is the problem a priority?",
 * "Is the intervention acceptable to key stakeholders?", "Is the intervention feasible to implement?"
 * Each is answered "No", "Probably no", "Probably yes", "Yes", "Varies" or "Don't know".
 */
public enum YesNoJudgment {
  /** "No". */
  NO,
  /** "Probably no". */
  PROBABLY_NO,
  /** "Probably yes". */
  PROBABLY_YES,
  /** "Yes". */
  YES,
  /** "Varies". */
  VARIES,
  /** "Don't know". */
  DONT_KNOW;

  /** Whether the answer is no or probably no. */
  public boolean negative() {
    return this == NO || this == PROBABLY_NO;
  }
}
