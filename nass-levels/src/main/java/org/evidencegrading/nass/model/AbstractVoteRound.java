package org.evidencegrading.nass.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import org.evidencegrading.io.BoundedIntDeserializer;
import org.immutables.value.Value;

/**
 * One round of consensus voting: each work group member ranks the recommendation "on a scale
 * ranging from 1 ('extremely inappropriate') to 9 ('extremely appropriate')".
 */
@Value.Immutable
@JsonSerialize(as = VoteRound.class)
@JsonDeserialize(as = VoteRound.class)
abstract class AbstractVoteRound {

  /** The scale of a vote. */
  public static final Range<Integer> VOTE = Range.closed(1, 9);

  /** Reads a vote within {@link #VOTE}. */
  public static final class VoteDeserializer extends BoundedIntDeserializer {
    private static final long serialVersionUID = 1L;

    public VoteDeserializer() {
      super(VOTE, "1 extremely inappropriate to 9 extremely appropriate");
    }
  }

  @JsonDeserialize(contentUsing = VoteDeserializer.class)
  public abstract ImmutableList<Integer> votes();

  @Value.Check
  protected void check() {
    Preconditions.checkState(!votes().isEmpty(), "a voting round has at least one vote");
    for (int vote : votes()) {
      Preconditions.checkState(VOTE.contains(vote), "vote %s is not in %s", vote, VOTE);
    }
  }
}
