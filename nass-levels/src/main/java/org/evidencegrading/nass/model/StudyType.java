package org.evidencegrading.nass.model;

/** The four columns of the NASS levels-of-evidence table. */
public enum StudyType {
  /** "Investigating the results of treatment". */
  THERAPEUTIC,
  /** "Investigating the effect of a patient characteristic on the outcome of disease". */
  PROGNOSTIC,
  /** "Investigating a diagnostic test". */
  DIAGNOSTIC,
  /** "Developing an economic or decision model". */
  ECONOMIC
}
