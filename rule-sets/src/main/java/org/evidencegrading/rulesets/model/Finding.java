package org.evidencegrading.rulesets.model;

/** What a study found, relative to the statement of the recommendation it is appraised for. */
public enum Finding {
  SUPPORTS,
  OPPOSES,
  /** A non-significant trend or an unrelated result: neither support nor opposition. */
  INCONCLUSIVE
}
