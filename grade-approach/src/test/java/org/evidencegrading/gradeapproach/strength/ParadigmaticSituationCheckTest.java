package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParadigmaticSituationCheckTest {

  private static SideCertainty outcome(String spec) {
    String[] parts = spec.split(" ");
    return SideCertainty.of(parts[0], Favors.valueOf(parts[1]), Certainty.valueOf(parts[2]));
  }

  /** Each situation, in its pattern and out of it: outcomes as "id SIDE CERTAINTY", separated by semicolons. */
  @ParameterizedTest(name = "{0} {1} [{2}]: {3}")
  @CsvSource(delimiter = '|', value = {
    "LIFE_THREATENING | FOR | mortality INTERVENTION LOW; bleeding COMPARISON HIGH | true",
    "LIFE_THREATENING | AGAINST | mortality INTERVENTION LOW | false",
    "LIFE_THREATENING | FOR | mortality INTERVENTION MODERATE | false",
    "UNCERTAIN_BENEFIT_CERTAIN_HARM | AGAINST | function INTERVENTION VERY_LOW; infection COMPARISON HIGH | true",
    "UNCERTAIN_BENEFIT_CERTAIN_HARM | FOR | function INTERVENTION VERY_LOW; infection COMPARISON HIGH | false",
    "UNCERTAIN_BENEFIT_CERTAIN_HARM | AGAINST | function INTERVENTION VERY_LOW; infection COMPARISON LOW | false",
    "EQUIVALENCE_LESS_HARM | FOR | remission NEITHER LOW; toxicity INTERVENTION HIGH | true",
    "EQUIVALENCE_LESS_HARM | AGAINST | remission NEITHER LOW; toxicity INTERVENTION HIGH | false",
    "EQUIVALENCE_POSSIBLE_HARM | AGAINST | blood-pressure NEITHER HIGH; malformations COMPARISON LOW | true",
    "EQUIVALENCE_POSSIBLE_HARM | AGAINST | blood-pressure NEITHER LOW; malformations COMPARISON LOW | false",
    "CATASTROPHIC_HARM | AGAINST | blood-pressure NEITHER HIGH; malformations COMPARISON LOW | true",
    "POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION | AGAINST | symptoms INTERVENTION LOW; cancer COMPARISON VERY_LOW | true",
    "POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION | FOR | symptoms INTERVENTION LOW; cancer COMPARISON VERY_LOW | false",
    "POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION | AGAINST | symptoms INTERVENTION LOW; cancer COMPARISON HIGH | false",
  })
  void eachSituationHoldsInItsPatternAndDirection(ParadigmaticSituation situation, Direction direction, String outcomes, boolean holds) {
    List<SideCertainty> sides = List.of(outcomes.split("; ")).stream().map(ParadigmaticSituationCheckTest::outcome).toList();
    Derivation<Boolean> check = ParadigmaticSituationCheck.rule().apply(
        ParadigmClaim.builder().situation(situation).direction(direction).addAllOutcomes(sides).build());

    assertEquals(holds, check.value(), check.step().reason());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "LIFE_THREATENING | AGAINST | LIFE_THREATENING needs a recommendation for, and low or very low certainty for every outcome"
        + " favoring the intervention; found: a recommendation against; no outcomes, so the certainty pattern cannot be tested:"
        + " the direction does not hold",
    "UNCERTAIN_BENEFIT_CERTAIN_HARM | AGAINST | UNCERTAIN_BENEFIT_CERTAIN_HARM needs a recommendation against, no outcome favoring"
        + " the intervention above low certainty, and high or moderate certainty for an outcome favoring the comparison; found: a"
        + " recommendation against; no outcomes, so the certainty pattern cannot be tested: it holds",
  })
  void withoutOutcomesOnlyTheDirectionIsTested(ParadigmaticSituation situation, Direction direction, String reason) {
    Derivation<Boolean> check = ParadigmaticSituationCheck.rule().apply(
        ParadigmClaim.builder().situation(situation).direction(direction).build());
    assertEquals(reason, check.step().reason());
  }
}
