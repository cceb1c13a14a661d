package org.evidencegrading.nass.model;

/**
 * The NASS levels of evidence, "from Level I (high quality randomized controlled trial) to Level V
 * (expert consensus)". Declared best first, so that {@code compareTo} orders better evidence before
 * worse.
 */
public enum Level {
  I,
  II,
  III,
  IV,
  V;

  /**
   * This level lowered by {@code steps} (each step one level), never below IV: a downgraded study is
   * still a study, and Level V is expert opinion only. Level V stays V.
   */
  public Level lowered(int steps) {
    if (this == V) {
      return V;
    }
    return values()[Math.min(ordinal() + Math.max(steps, 0), IV.ordinal())];
  }

  /** Level I, II or III: the levels that can make a grade B. */
  public boolean isIThroughIII() {
    return compareTo(III) <= 0;
  }

  /** "Level II". */
  public String label() {
    return "Level " + name();
  }
}
