package org.evidencegrading.gradeapproach.certainty;

/** How a published certainty compares with the permitted ones ({@link CertaintyAgreement}). */
public enum CertaintyVerdict {
  /** The published certainty allows the default. */
  AGREES,
  /** The published certainty allows a permitted certainty other than the default: discretion used. */
  AGREES_BY_DISCRETION,
  /** The published certainty allows no permitted certainty. */
  DISAGREES;

  /** Whether the published certainty agrees, with or without discretion. */
  public boolean agrees() {
    return this != DISAGREES;
  }
}
