package org.evidencegrading.nass.consensus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.evidencegrading.nass.model.Consensus;
import org.evidencegrading.nass.model.VoteRound;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;

class ConsensusRuleTest {

  @SafeVarargs
  private static Consensus rounds(List<Integer>... rounds) {
    Consensus.Builder consensus = Consensus.builder();
    for (List<Integer> votes : rounds) {
      consensus.addRounds(VoteRound.builder().addAllVotes(votes).build());
    }
    return consensus.build();
  }

  @Test
  void eightyPercentAtSevenToNineIsConsensus() {
    // 4 of 5 = 80%: exactly the threshold
    assertEquals(Optional.of(1), ConsensusRule.rule().apply(rounds(List.of(9, 8, 7, 7, 6))).value());
  }

  @Test
  void lessThanEightyPercentIsNot() {
    // 7 of 9 = 77.8%
    assertEquals(Optional.empty(), ConsensusRule.rule().apply(rounds(List.of(9, 9, 8, 8, 7, 7, 7, 6, 1))).value());
  }

  @Test
  void laterRoundsCanReachIt() {
    Derivation<Optional<Integer>> derived = ConsensusRule.rule().apply(rounds(
        List.of(9, 8, 8, 6, 5, 3), List.of(9, 8, 8, 7, 6, 6), List.of(9, 8, 8, 7, 7, 7)));
    assertEquals(Optional.of(3), derived.value());
    assertEquals(List.of(
            "round 1: 3 of 6 votes are 7, 8 or 9 (50%, at least 80% needed) -> no consensus",
            "round 2: 4 of 6 votes are 7, 8 or 9 (67%, at least 80% needed) -> no consensus",
            "round 3: 6 of 6 votes are 7, 8 or 9 (100%, at least 80% needed) -> consensus"),
        derived.trace().steps().stream().map(s -> s.reason() + " -> " + s.outcome()).toList());
  }

  @Test
  void atMostThreeRoundsAndVotesFromOneToNine() {
    assertThrows(IllegalStateException.class, () -> rounds(List.of(9), List.of(9), List.of(9), List.of(9)));
    assertThrows(IllegalStateException.class, () -> VoteRound.builder().addVotes(10).build());
    assertThrows(IllegalStateException.class, () -> VoteRound.builder().addVotes(0).build());
    assertThrows(IllegalStateException.class, () -> VoteRound.builder().build());
  }
}
