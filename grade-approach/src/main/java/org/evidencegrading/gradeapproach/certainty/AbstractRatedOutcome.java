package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.immutables.value.Value;

/**
 * An outcome with the certainties its rating permits, the levels it was rated down and up, and its
 * certainty with and without its factors for rating up (the two differ only where the outcome claims
 * them).
 */
@Value.Immutable
abstract class AbstractRatedOutcome {

  /** The outcome (one with evidence). */
  public abstract Outcome outcome();

  /** The certainties permitted, with the default. */
  public abstract PermittedCertainty permitted();

  /** The levels the five domains took away. */
  public abstract int levelsDown();

  /** The levels rated up in the default. */
  public abstract int levelsUp();

  /** The certainty without counting the factors for rating up. */
  public abstract Certainty withoutUpgrades();

  /** The certainty counting the factors for rating up. */
  public abstract Certainty withUpgrades();

  /** Whether counting the factors for rating up is the panel's call (the evidence was also rated down). */
  public abstract boolean upgradesDiscretionary();

  /** The default certainty. */
  public Certainty certainty() {
    return permitted().byDefault();
  }

  /** Whether the outcome claims factors for rating up that the default does not count. */
  public boolean upgradesWithheld() {
    return levelsUp() < UpgradeFactor.claimedLevels(outcome());
  }
}
