package org.evidencegrading.gradeapproach.model;

/**
 * The panel's judgment of how much the values and preferences of the people affected vary: "The
 * more values and preferences vary, or the greater the uncertainty in values and preferences, the
 * higher the likelihood that a weak recommendation is warranted" (Guyatt et al., BMJ 2008).
 */
public enum ValuesVariability {
  /** No important uncertainty or variability. */
  NO_IMPORTANT,
  /** Possibly important uncertainty or variability. */
  POSSIBLY_IMPORTANT,
  /** Important uncertainty or variability. */
  IMPORTANT
}
