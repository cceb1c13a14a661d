package org.evidencegrading.model;

/** Whether a recommendation, or the evidence behind it, is for or against its statement. */
public enum Direction {
  FOR,
  AGAINST;

  /** The other direction. */
  public Direction opposite() {
    return this == FOR ? AGAINST : FOR;
  }
}
