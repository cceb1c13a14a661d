package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a consensus statement's votes reached consensus, and in which round; {@code reached} is
 * null when the guideline does not publish the votes.
 */
@Value.Immutable
@JsonSerialize(as = ConsensusResult.class)
@JsonPropertyOrder({"votesPublished", "reached", "round", "rounds"})
abstract class AbstractConsensusResult {

  public abstract boolean votesPublished();

  /** Whether a round reached 80% at 7-9; absent when the votes are not published. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<Boolean> reached();

  /** The round (1-3) that reached consensus. */
  public abstract Optional<Integer> round();

  /** How many rounds were held (0 when the votes are not published). */
  public abstract int rounds();
}
