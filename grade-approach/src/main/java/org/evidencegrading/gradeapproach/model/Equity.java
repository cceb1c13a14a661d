package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criterion "What would be the impact on health
 * equity?" (Alonso-Coello et al., GRADE Evidence to Decision frameworks 2, BMJ 2016;353:i2089):
 * "Reduced", "Probably reduced", "Probably no impact", "Probably increased", "Increased", "Varies",
 * "Don't know".
 */
public enum Equity {
  /** "Reduced". */
  REDUCED,
  /** "Probably reduced". */
  PROBABLY_REDUCED,
  /** "Probably no impact". */
  PROBABLY_NO_IMPACT,
  /** "Probably increased". */
  PROBABLY_INCREASED,
  /** "Increased". */
  INCREASED,
  /** "Varies". */
  VARIES,
  /** "Don't know". */
  DONT_KNOW
}
