package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criterion "What is the certainty of the evidence
 * of resource requirements (costs)?" (Alonso-Coello et al., GRADE Evidence to Decision frameworks 2,
 * BMJ 2016;353:i2089): "Very low", "Low", "Moderate", "High", "No included studies".
 */
public enum ResourcesCertainty {
  /** "Very low". */
  VERY_LOW,
  /** "Low". */
  LOW,
  /** "Moderate". */
  MODERATE,
  /** "High". */
  HIGH,
  /** "No included studies". */
  NO_INCLUDED_STUDIES
}
