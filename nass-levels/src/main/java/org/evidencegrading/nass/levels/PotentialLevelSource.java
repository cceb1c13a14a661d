package org.evidencegrading.nass.levels;

/** Where an appraisal's potential level came from. */
public enum PotentialLevelSource {
  /** The guideline states it ("this potential Level III paper"). */
  STATED,
  /** The levels-of-evidence table gives it for the study's type and design. */
  TABLE,
  /** Neither: the appraisal has no potential level, hence no derived level. */
  NONE
}
