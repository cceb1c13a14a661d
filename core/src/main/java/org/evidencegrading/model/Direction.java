package org.evidencegrading.model;

/** Whether a recommendation, or the evidence behind it, is for or against its statement. */
public enum Direction {
  FOR,
  AGAINST
}
