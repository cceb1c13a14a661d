package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectionOfRecommendationTest {

  @ParameterizedTest
  @CsvSource({
    "CLEARLY_FAVORS_INTERVENTION, FOR, the balance of effects favors the intervention: a recommendation for the intervention",
    "PROBABLY_FAVORS_INTERVENTION, FOR, the balance of effects probably favors the intervention: a recommendation for the intervention",
    "BALANCED, , the balance of effects favors neither side: no direction follows from the balance (the published direction is the panel's choice)",
    "PROBABLY_FAVORS_COMPARISON, AGAINST, the balance of effects probably favors the comparison: a recommendation against the intervention",
    "CLEARLY_FAVORS_COMPARISON, AGAINST, the balance of effects favors the comparison: a recommendation against the intervention",
    "VARIES, , the balance of effects varies: no direction follows from the balance (the published direction is the panel's choice)",
    "DONT_KNOW, , the balance of effects is not known: no direction follows from the balance (the published direction is the panel's choice)",
  })
  void followsTheBalanceOfEffects(Balance balance, Direction direction, String reason) {
    Derivation<Optional<Direction>> derived = DirectionOfRecommendation.rule().apply(balance);

    assertEquals(Optional.ofNullable(direction), derived.value());
    Step step = derived.step();
    assertEquals(DirectionOfRecommendation.ID, step.rule());
    assertEquals(direction == null ? "none" : direction.name(), step.outcome());
    assertEquals(reason, step.reason());
    assertEquals(balance.name(), step.inputs().get("balance"));
  }
}
