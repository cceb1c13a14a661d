package org.evidencegrading.rulesets.definition;

/** What evidence that applies only indirectly ({@code indirect: true} on an appraisal) does to the grade. */
public enum IndirectEffect {
  /** Nothing: the rule set says nothing about indirectness. */
  NONE,
  /**
   * It gives the grade one step lower ({@code lowersTo}) than the same evidence would directly, or,
   * where the findings are consistent, the grade of the direct studies alone where that is higher
   * (SIGN's "extrapolated evidence").
   */
  LOWERS,
  /** The derived grade stands, and a published grade one step lower is permitted too. */
  PERMITS_LOWER
}
