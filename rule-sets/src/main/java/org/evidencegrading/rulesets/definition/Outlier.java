package org.evidencegrading.rulesets.definition;

/** What a single study finding the other way, among two or more consistent studies, does. */
public enum Outlier {
  /** It is set aside and the grade rests on the consistent studies (NASS's footnote). */
  SET_ASIDE,
  /** It makes the findings inconsistent, as any disagreement does. */
  INCONSISTENT,
  /**
   * Whether the findings are still consistent "overall" is the panel's judgment: without it they
   * are inconsistent (the default); with it the outlier is set aside, and that grade is permitted
   * too.
   */
  JUDGMENT
}
