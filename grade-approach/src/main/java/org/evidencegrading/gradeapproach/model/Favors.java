package org.evidencegrading.gradeapproach.model;

/** Which alternative an outcome's effect favors: the direction of the effect. */
public enum Favors {
  /** The effect favors the intervention. */
  INTERVENTION,
  /** The effect favors the comparison. */
  COMPARISON,
  /** The effect favors neither (no important difference). */
  NEITHER
}
