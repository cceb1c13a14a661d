package org.evidencegrading.gradeapproach.certainty;

/**
 * Which of the two permitted ratings is the default where counting the factors for rating up is the
 * panel's call: for evidence that was also rated down (for a reason other than the risk of bias of
 * non-randomized studies assessed with ROBINS-I, see {@link RatingUp}).
 *
 * <p>Both are permitted: "Criteria for upgrading the quality are usually only applicable to
 * observational studies without any reason for rating down" (Schünemann et al., GRADE guidelines 18,
 * J Clin Epidemiol 2019, Table 1, footnote) says "usually", not "never". A published certainty that
 * counts them agrees, with a warning ({@code UPGRADE_DESPITE_DOWNGRADE}); one that does not count
 * them agrees too. The policy decides only what is derived when a guideline publishes no certainty,
 * and which of the two is reported as discretion used ({@code DISCRETION_USED}).
 * {@link #ONLY_WITHOUT_RATING_DOWN}, GRADE's usual practice, is the {@link #DEFAULT}; {@link #ALWAYS}
 * counts the factors by default.
 */
public enum UpgradePolicy {
  /** By default the factors for rating up count only when no domain rated the evidence down. */
  ONLY_WITHOUT_RATING_DOWN,
  /** By default the factors for rating up count also for evidence that was rated down. */
  ALWAYS;

  /** The policy of GRADE's guidance, {@link #ONLY_WITHOUT_RATING_DOWN}. */
  public static final UpgradePolicy DEFAULT = ONLY_WITHOUT_RATING_DOWN;
}
