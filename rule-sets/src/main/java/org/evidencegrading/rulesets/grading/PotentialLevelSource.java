package org.evidencegrading.rulesets.grading;

/** Where an appraisal's potential level came from. */
public enum PotentialLevelSource {
  /** The guideline states it. */
  STATED,
  /** The rule set's table gives it for the study's type and design. */
  TABLE,
  /** Neither: the appraisal has no potential level, hence no derived level. */
  NONE
}
