package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StrengthOfRecommendationTest {

  private static Derivation<Strength> strength(
      Balance balance, ValuesVariability values, ParadigmaticSituation situation, Certainty certainty) {
    Decision decision = Decision.builder().balance(balance).valuesVariability(values).paradigmaticSituation(situation).build();
    return StrengthOfRecommendation.rule().apply(StrengthBasis.of(decision, certainty));
  }

  @ParameterizedTest
  @CsvSource({
    "CLEARLY_FAVORS_INTERVENTION, HIGH",
    "CLEARLY_FAVORS_INTERVENTION, MODERATE",
    "CLEARLY_FAVORS_COMPARISON, HIGH",
    "CLEARLY_FAVORS_COMPARISON, MODERATE",
  })
  void strongWhenTheBalanceIsClearTheCertaintyModerateOrHighAndValuesVaryInNoImportantWay(Balance balance, Certainty certainty) {
    Derivation<Strength> derived = strength(balance, ValuesVariability.NO_IMPORTANT, ParadigmaticSituation.NONE, certainty);

    assertEquals(Strength.STRONG, derived.value());
    Step step = derived.step();
    assertEquals(StrengthOfRecommendation.STRONG_ID, step.rule());
    assertEquals("STRONG", step.outcome());
    assertEquals(certainty.name(), step.inputs().get("certainty"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "PROBABLY_FAVORS_INTERVENTION | NO_IMPORTANT | HIGH | conditional: the balance of effects probably favors the intervention, not clearly one side",
    "BALANCED | NO_IMPORTANT | HIGH | conditional: the balance of effects favors neither side, not clearly one side",
    "PROBABLY_FAVORS_COMPARISON | NO_IMPORTANT | MODERATE | conditional: the balance of effects probably favors the comparison, not clearly one side",
    "CLEARLY_FAVORS_INTERVENTION | NO_IMPORTANT | LOW | conditional: the certainty is low, not moderate or high",
    "CLEARLY_FAVORS_COMPARISON | NO_IMPORTANT | VERY_LOW | conditional: the certainty is very low, not moderate or high",
    "CLEARLY_FAVORS_INTERVENTION | POSSIBLY_IMPORTANT | HIGH | conditional: values and preferences possibly vary in important ways",
    "CLEARLY_FAVORS_INTERVENTION | IMPORTANT | HIGH | conditional: values and preferences vary in important ways",
    "PROBABLY_FAVORS_INTERVENTION | IMPORTANT | LOW | conditional: the balance of effects probably favors the intervention, not clearly one side; the certainty is low, not moderate or high; values and preferences vary in important ways",
  })
  void conditionalOtherwiseNamingEveryConditionThatFailed(Balance balance, ValuesVariability values, Certainty certainty, String reason) {
    Derivation<Strength> derived = strength(balance, values, ParadigmaticSituation.NONE, certainty);

    assertEquals(Strength.CONDITIONAL, derived.value());
    assertEquals(StrengthOfRecommendation.CONDITIONAL_ID, derived.step().rule());
    assertEquals(reason, derived.step().reason());
  }

  @ParameterizedTest
  @EnumSource(value = ParadigmaticSituation.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void eachParadigmaticSituationMakesALowOrVeryLowCertaintyRecommendationStrong(ParadigmaticSituation situation) {
    for (Certainty certainty : new Certainty[] {Certainty.LOW, Certainty.VERY_LOW}) {
      Derivation<Strength> derived = strength(Balance.PROBABLY_FAVORS_COMPARISON, ValuesVariability.IMPORTANT, situation, certainty);

      assertEquals(Strength.STRONG, derived.value(), situation + " " + certainty);
      assertEquals(StrengthOfRecommendation.PARADIGMATIC_ID, derived.step().rule());
      assertEquals("strong although the certainty is " + (certainty == Certainty.LOW ? "low" : "very low")
          + ": the panel invokes the paradigmatic situation " + situation.name()
          + ", in which GRADE holds a strong recommendation appropriate", derived.step().reason());
    }
  }

  @Test
  void aParadigmaticSituationDoesNotApplyToModerateOrHighCertainty() {
    Derivation<Strength> derived = strength(
        Balance.PROBABLY_FAVORS_INTERVENTION, ValuesVariability.NO_IMPORTANT, ParadigmaticSituation.LIFE_THREATENING, Certainty.MODERATE);

    assertEquals(Strength.CONDITIONAL, derived.value());
    assertEquals("conditional: the balance of effects probably favors the intervention, not clearly one side (the paradigmatic"
        + " situation LIFE_THREATENING applies to low or very low certainty only)", derived.step().reason());
    assertEquals(Strength.STRONG, strength(Balance.CLEARLY_FAVORS_INTERVENTION, ValuesVariability.NO_IMPORTANT,
        ParadigmaticSituation.LIFE_THREATENING, Certainty.HIGH).value());
  }
}
