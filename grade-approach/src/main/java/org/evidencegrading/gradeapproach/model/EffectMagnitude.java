package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criteria "How substantial are the desirable
 * anticipated effects?" and "How substantial are the undesirable anticipated effects?"
 * (Alonso-Coello et al., GRADE Evidence to Decision frameworks 2, BMJ 2016;353:i2089): "Trivial",
 * "Small", "Moderate", "Large", "Varies", "Don't know". Frameworks print the undesirable effects in
 * the reverse order; the value is the magnitude either way.
 */
public enum EffectMagnitude {
  /** "Trivial". */
  TRIVIAL,
  /** "Small". */
  SMALL,
  /** "Moderate". */
  MODERATE,
  /** "Large". */
  LARGE,
  /** "Varies". */
  VARIES,
  /** "Don't know". */
  DONT_KNOW
}
