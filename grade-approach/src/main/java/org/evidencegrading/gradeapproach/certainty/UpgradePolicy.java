package org.evidencegrading.gradeapproach.certainty;

/**
 * Whether the factors for rating up count for evidence that was rated down.
 *
 * <p>GRADE's guidance is that they usually do not: "Criteria for upgrading the quality are usually
 * only applicable to observational studies without any reason for rating down" (Schünemann et al.,
 * GRADE guidelines 18, J Clin Epidemiol 2019, Table 1, footnote); the circumstances for rating up
 * "will likely occur infrequently and are primarily relevant to observational studies" (Guyatt et
 * al., GRADE guidelines 9, J Clin Epidemiol 2011). {@link #ONLY_WITHOUT_RATING_DOWN} implements that
 * and is the {@link #DEFAULT}; {@link #ALWAYS} counts the factors whatever the rating down, for
 * panels that rate that way.
 *
 * <p>The policy looks at rating down only, not at the design. Randomized evidence (and
 * non-randomized evidence assessed with ROBINS-I), which starts high, is treated like any other:
 * when it was not rated down its factors count, and the bound at high takes the gain away again (the
 * trace says so: "above high: bounded at high"); when it was rated down the default policy withholds
 * its factors as it does for observational evidence (the trace says "not counted: the evidence was
 * rated down"). Withholding them from randomized evidence on account of its design instead would give
 * the same certainty in every case, but a trace that blames the design for what the cap does.
 */
public enum UpgradePolicy {
  /** The factors for rating up count only when no domain rated the evidence down. */
  ONLY_WITHOUT_RATING_DOWN,
  /** The factors for rating up always count, also for evidence that was rated down. */
  ALWAYS;

  /** The policy of GRADE's guidance, {@link #ONLY_WITHOUT_RATING_DOWN}. */
  public static final UpgradePolicy DEFAULT = ONLY_WITHOUT_RATING_DOWN;
}
