package org.evidencegrading.rulesets.definition;

/** Which bodies of evidence a row grades. */
public enum Findings {
  /** Bodies whose studies (those left after the consistency policy) all find the same way, or none does. */
  CONSISTENT,
  /** Bodies whose findings are inconsistent; the row's conditions count every study that found either way. */
  INCONSISTENT
}
