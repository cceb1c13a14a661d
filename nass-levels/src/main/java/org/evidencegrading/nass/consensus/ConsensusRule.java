package org.evidencegrading.nass.consensus;

import java.util.Optional;
import org.evidencegrading.nass.model.Consensus;
import org.evidencegrading.nass.model.VoteRound;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Whether a work group reached consensus, by the NASS consensus development process (p. 15):
 * "Consensus was obtained when at least 80% of work group members ranked the recommendation as 7, 8
 * or 9. When the 80% threshold was not attained, up to three rounds of discussion and voting were
 * held to resolve disagreements. If disagreements were not resolved after these rounds, no
 * recommendation was adopted."
 *
 * <p>The outcome is the number of the first round (1-3) in which at least 80% of the votes were 7,
 * 8 or 9, or empty when no round reached it.
 */
public final class ConsensusRule extends NamedRule<Consensus, Optional<Integer>> {

  /** The rule's id in traces. */
  public static final String ID = "nass.consensus";

  /** The source the rule implements. */
  public static final String SOURCE =
      "NASS 2024, p. 16, consensus voting: at least 80% at 7, 8 or 9, up to three rounds";

  private static final ConsensusRule INSTANCE = new ConsensusRule();

  private ConsensusRule() {
    super(ID, SOURCE);
  }

  public static ConsensusRule rule() {
    return INSTANCE;
  }

  /** Whether at least 80% of a round's votes are 7, 8 or 9 (exactly, in whole numbers). */
  public static boolean reached(VoteRound round) {
    long appropriate = round.votes().stream().filter(vote -> vote >= 7).count();
    return appropriate * 5 >= round.votes().size() * 4L;
  }

  @Override
  public Derivation<Optional<Integer>> apply(Consensus consensus) {
    if (consensus.rounds().isEmpty()) {
      return Derivation.of(Optional.empty(), step()
          .putInputs("rounds", "0")
          .outcome("votes not published")
          .reason("no voting round is given, so whether 80% of votes reached 7, 8 or 9 cannot be checked")
          .build());
    }
    Trace trace = Trace.empty();
    Step last = null;
    for (int r = 0; r < consensus.rounds().size(); r++) {
      VoteRound round = consensus.rounds().get(r);
      long appropriate = round.votes().stream().filter(vote -> vote >= 7).count();
      boolean reached = reached(round);
      last = step()
          .putInputs("round", String.valueOf(r + 1))
          .putInputs("votes", round.votes().toString())
          .outcome(reached ? "consensus" : "no consensus")
          .reason("round " + (r + 1) + ": " + appropriate + " of " + round.votes().size()
              + " votes are 7, 8 or 9 (" + percent(appropriate, round.votes().size()) + ", at least 80% needed)")
          .build();
      trace = trace.then(last);
      if (reached) {
        return Derivation.of(Optional.of(r + 1), trace, last);
      }
    }
    return Derivation.of(Optional.empty(), trace, last);
  }

  private static String percent(long part, int whole) {
    return Math.round(100.0 * part / whole) + "%";
  }
}
