package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;

class EvidenceToDecisionTest {

  private static Derivation<StrengthAndDirection> decide(Balance balance, ValuesVariability values, Certainty certainty) {
    return EvidenceToDecision.rule().apply(
        StrengthBasis.of(Decision.builder().balance(balance).valuesVariability(values).build(), certainty));
  }

  @Test
  void derivesTheDirectionThenTheStrength() {
    Derivation<StrengthAndDirection> derived =
        decide(Balance.CLEARLY_FAVORS_COMPARISON, ValuesVariability.NO_IMPORTANT, Certainty.HIGH);

    assertEquals(StrengthAndDirection.of(Strength.STRONG, Optional.of(Direction.AGAINST)), derived.value());
    assertEquals("STRONG AGAINST", derived.value().toString());
    assertEquals(List.of(DirectionOfRecommendation.ID, StrengthOfRecommendation.STRONG_ID),
        derived.trace().steps().stream().map(step -> step.rule()).toList());
  }

  @Test
  void aBalancedJudgmentGivesAConditionalRecommendationWithoutDirection() {
    Derivation<StrengthAndDirection> derived = decide(Balance.BALANCED, ValuesVariability.NO_IMPORTANT, Certainty.HIGH);

    assertEquals(Optional.empty(), derived.value().direction());
    assertEquals(Strength.CONDITIONAL, derived.value().strength());
    assertEquals("CONDITIONAL", derived.value().toString());
  }

  @Test
  void saysWhenThereIsNothingToDeriveTheStrengthFrom() {
    assertEquals(EvidenceToDecision.NOT_DERIVED_ID, EvidenceToDecision.notDerived().rule());
    assertEquals("no evidence-to-decision judgments (decision): the strength and direction are not derived",
        EvidenceToDecision.notDerived().reason());
    assertEquals(EvidenceToDecision.ID, EvidenceToDecision.rule().id());
  }
}
