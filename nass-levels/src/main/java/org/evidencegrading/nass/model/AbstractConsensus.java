package org.evidencegrading.nass.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The votes on a consensus statement: "up to three rounds of discussion and voting were held". A
 * guideline that does not print its votes gives none ({@code consensus: {}}): then whether 80%
 * agreed cannot be checked.
 */
@Value.Immutable
@JsonSerialize(as = Consensus.class)
@JsonDeserialize(as = Consensus.class)
abstract class AbstractConsensus {

  /** At most three rounds are held. */
  public static final int MAX_ROUNDS = 3;

  /** The rounds in the order held; empty when the guideline does not publish its votes. */
  public abstract ImmutableList<VoteRound> rounds();

  /** Whether the votes are published. */
  public boolean votesPublished() {
    return !rounds().isEmpty();
  }

  @Value.Check
  protected void check() {
    Preconditions.checkState(
        rounds().size() <= MAX_ROUNDS,
        "consensus has at most %s voting rounds, not %s",
        MAX_ROUNDS,
        rounds().size());
  }
}
