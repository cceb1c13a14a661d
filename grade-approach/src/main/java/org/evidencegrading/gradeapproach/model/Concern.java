package org.evidencegrading.gradeapproach.model;

/**
 * How serious the concern is in one of the five domains for which GRADE rates the certainty of a
 * body of evidence down (see {@link Domain}), with the number of levels it takes away: serious -1,
 * very serious -2, as the GRADE Handbook's table of factors lowering certainty lists them (section
 * 5.2), and extremely serious -3, which GRADE guidelines 18 (Schünemann et al., J Clin Epidemiol
 * 2019) added for bodies of non-randomized studies assessed with ROBINS-I.
 */
public enum Concern {
  /** No serious concern: not rated down. */
  NOT_SERIOUS(0),
  /** Rated down one level. */
  SERIOUS(1),
  /** Rated down two levels. */
  VERY_SERIOUS(2),
  /** Rated down three levels. */
  EXTREMELY_SERIOUS(3);

  private final int levels;

  Concern(int levels) {
    this.levels = levels;
  }

  /** The levels of certainty this concern takes away: 0 to 3. */
  public int levels() {
    return levels;
  }
}
