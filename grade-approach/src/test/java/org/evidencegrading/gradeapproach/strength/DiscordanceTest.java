package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;

class DiscordanceTest {

  private static final StrengthJudgment STRONG_FOR_LOW = StrengthJudgment.builder()
      .strength(Strength.STRONG).direction(Direction.FOR).certainty(Certainty.LOW).paradigmSatisfied(false).build();

  @Test
  void strongOnLowCertaintyIsDiscordantWithOrWithoutADecision() {
    Derivation<ImmutableMap<DiscordantPattern, String>> found = Discordance.rule().apply(STRONG_FOR_LOW);

    assertEquals(List.of(DiscordantPattern.LOW_CERTAINTY), found.value().keySet().asList());
    assertEquals("a strong recommendation on low certainty without a paradigmatic situation that holds: GRADE discourages strong"
        + " recommendations when the confidence in the estimates for critical outcomes is low or very low, except in its five"
        + " paradigmatic situations", found.value().get(DiscordantPattern.LOW_CERTAINTY));
    assertEquals("low certainty", found.step().outcome());
  }

  @Test
  void everyPatternOfTheDecisionIsReported() {
    Decision decision = Decision.builder()
        .balance(Balance.PROBABLY_FAVORS_INTERVENTION)
        .valuesVariability(ValuesVariability.IMPORTANT)
        .acceptability(YesNoJudgment.PROBABLY_NO)
        .feasibility(YesNoJudgment.NO)
        .build();
    ImmutableMap<DiscordantPattern, String> found = Discordance.rule().apply(STRONG_FOR_LOW.withDecision(decision)).value();

    assertEquals(List.of(DiscordantPattern.LOW_CERTAINTY, DiscordantPattern.BALANCE_NOT_CLEAR, DiscordantPattern.VALUES_VARY,
        DiscordantPattern.NOT_ACCEPTABLE, DiscordantPattern.NOT_FEASIBLE), found.keySet().asList());
    assertEquals("a strong recommendation although the balance of effects probably favors the intervention: the clearer the"
        + " balance, the more likely a strong recommendation", found.get(DiscordantPattern.BALANCE_NOT_CLEAR));
    assertEquals("a strong recommendation for an intervention whose feasibility the panel judged no", found.get(DiscordantPattern.NOT_FEASIBLE));
    // against the intervention, that it is not acceptable or feasible argues for the recommendation
    assertEquals(List.of(DiscordantPattern.LOW_CERTAINTY, DiscordantPattern.BALANCE_NOT_CLEAR, DiscordantPattern.VALUES_VARY),
        Discordance.rule().apply(STRONG_FOR_LOW.withDecision(decision).withDirection(Direction.AGAINST)).value().keySet().asList());
  }

  @Test
  void aSatisfiedParadigmOrAConditionalRecommendationIsNeverDiscordant() {
    Derivation<ImmutableMap<DiscordantPattern, String>> paradigm = Discordance.rule().apply(STRONG_FOR_LOW.withParadigmSatisfied(true));
    assertTrue(paradigm.value().isEmpty());
    assertEquals("strong in a paradigmatic situation that holds: GRADE holds a strong recommendation appropriate there",
        paradigm.step().reason());
    assertTrue(Discordance.rule().apply(STRONG_FOR_LOW.withStrength(Strength.CONDITIONAL)).value().isEmpty());
    assertTrue(Discordance.rule().apply(STRONG_FOR_LOW.withCertainty(Certainty.MODERATE)).value().isEmpty());
  }
}
