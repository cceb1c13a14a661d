package org.evidencegrading.rulesets.definition;

/** How studies with inconclusive findings count. */
public enum Inconclusive {
  /** Set aside: they neither support the statement nor make the body inconsistent (NASS). */
  SET_ASIDE,
  /** They conflict with the studies that found either way, as an opposing finding would. */
  CONFLICTING
}
