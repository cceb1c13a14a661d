package org.evidencegrading.nass.model;

/** The NASS grades of recommendation, and the work group consensus statement. */
public enum Grade {
  /** "Good evidence (Level I studies with consistent findings)": recommended. */
  A,
  /** "Fair evidence (Level II or III studies with consistent findings)": suggested. */
  B,
  /** "Poor quality evidence (Level IV or V studies)": may be considered; is an option. */
  C,
  /** "Insufficient or conflicting evidence not allowing a recommendation for or against". */
  I,
  /** A work group consensus statement, made where Level I-IV evidence is insufficient. */
  CONSENSUS
}
