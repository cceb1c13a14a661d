package org.evidencegrading.gradeapproach.model;

/**
 * The panel's judgment on the evidence-to-decision criterion "Is there important uncertainty about
 * or variability in how much people value the main outcomes?" (Alonso-Coello et al., GRADE Evidence
 * to Decision frameworks 2, BMJ 2016;353:i2089), whose four response options these are, least
 * variability first. "The more values and preferences vary, or the greater the uncertainty in values
 * and preferences, the higher the likelihood that a weak recommendation is warranted" (Guyatt et
 * al., BMJ 2008).
 */
public enum ValuesVariability {
  /** "No important uncertainty or variability". */
  NO_IMPORTANT,
  /** "Probably no important uncertainty or variability". */
  PROBABLY_NO_IMPORTANT,
  /** "Possibly important uncertainty or variability". */
  POSSIBLY_IMPORTANT,
  /** "Important uncertainty or variability". */
  IMPORTANT
}
