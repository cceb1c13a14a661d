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
   * This level lowered by {@code steps} (each step one level), never below its floor in the NASS
   * 2024 rule set's {@code downgrading} ({@link NassRuleSet}): Level IV for Levels I to IV, since a
   * downgraded study is still a study; Level V, expert opinion only, stays V.
   */
  public Level lowered(int steps) {
    return valueOf(NassRuleSet.rules().lowered(name(), steps));
  }

  /** "Level II". */
  public String label() {
    return "Level " + name();
  }
}
