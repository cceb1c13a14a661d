package org.evidencegrading.gradeapproach.certainty;

import org.immutables.value.Value;

/**
 * What rating up comes to for one outcome: the levels its factors claim, whether counting them is
 * the panel's call (the evidence was also rated down for a reason other than ROBINS-I risk of bias),
 * and whether the default counts them.
 */
@Value.Immutable
abstract class AbstractUpgrades {

  /** The levels the factors for rating up claim, 0 to 4. */
  public abstract int claimed();

  /** Whether they may be counted or not, as the panel judges. */
  public abstract boolean discretionary();

  /** Whether the default counts them. */
  public abstract boolean countedByDefault();

  /** The levels rated up in the default. */
  public int levelsByDefault() {
    return countedByDefault() ? claimed() : 0;
  }
}
