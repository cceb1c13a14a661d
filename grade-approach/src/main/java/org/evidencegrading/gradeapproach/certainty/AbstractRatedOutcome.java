package org.evidencegrading.gradeapproach.certainty;

import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.immutables.value.Value;

/** An outcome with the certainty its rating derived, and the levels it was rated down and up. */
@Value.Immutable
abstract class AbstractRatedOutcome {

  /** The outcome. */
  public abstract Outcome outcome();

  /** The derived certainty of its evidence. */
  public abstract Certainty certainty();

  /** The levels the five domains took away. */
  public abstract int levelsDown();

  /** The levels rated up, as counted under the policy. */
  public abstract int levelsUp();

  /** Whether the outcome claims factors for rating up that the policy did not count. */
  public boolean upgradesWithheld() {
    return levelsUp() < UpgradeFactor.claimedLevels(outcome());
  }
}
