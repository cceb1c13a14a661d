package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether a consensus statement's votes reached consensus, and in which round. */
@Value.Immutable
@JsonSerialize(as = ConsensusResult.class)
@JsonPropertyOrder({"reached", "round", "rounds"})
abstract class AbstractConsensusResult {

  public abstract boolean reached();

  /** The round (1-3) that reached consensus. */
  public abstract Optional<Integer> round();

  /** How many rounds were held. */
  public abstract int rounds();
}
