package org.evidencegrading.gradeapproach.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.junit.jupiter.api.Test;

class DirectionCheckTest {

  private static Derivation<DirectionVerdict> check(Direction published, Decision decision) {
    return DirectionCheck.rule().apply(DirectionBasis.builder().published(published).decision(decision).build());
  }

  @Test
  void aDirectionOppositeToTheBalanceContradictsIt() {
    Derivation<DirectionVerdict> check = check(Direction.FOR, Decision.builder().balance(Balance.PROBABLY_FAVORS_COMPARISON).build());

    assertEquals(DirectionVerdict.CONTRADICTS, check.value());
    assertEquals("the balance of effects probably favors the comparison, but the recommendation is for the intervention and no"
        + " stated criterion (resources, cost-effectiveness, equity, acceptability, feasibility) favors that", check.step().reason());
  }

  @Test
  void costsThePanelWeighedExplainARecommendationAgainstAnInterventionWhoseBenefitsOutweighItsHarms() {
    Decision decision = Decision.builder()
        .balance(Balance.PROBABLY_FAVORS_INTERVENTION)
        .resources(ResourceRequirements.LARGE_COSTS)
        .costEffectiveness(CostEffectiveness.FAVORS_COMPARISON)
        .build();
    Derivation<DirectionVerdict> check = check(Direction.AGAINST, decision);

    assertEquals(DirectionVerdict.EXPLAINED, check.value());
    assertEquals("the balance of effects probably favors the intervention, but the recommendation is against the intervention;"
        + " the panel's other criteria favor that: resources: large costs, cost-effectiveness: favors comparison", check.step().reason());
  }

  @Test
  void criteriaFavoringEachDirection() {
    Decision decision = Decision.builder()
        .resources(ResourceRequirements.MODERATE_SAVINGS)
        .costEffectiveness(CostEffectiveness.PROBABLY_FAVORS_INTERVENTION)
        .equity(Equity.PROBABLY_INCREASED)
        .acceptability(YesNoJudgment.NO)
        .feasibility(YesNoJudgment.PROBABLY_NO)
        .build();
    assertEquals(List.of("resources: moderate savings", "cost-effectiveness: probably favors intervention", "equity: probably increased"),
        DirectionCheck.criteriaFavoring(decision, Direction.FOR));
    assertEquals(List.of("acceptability: no", "feasibility: probably no"), DirectionCheck.criteriaFavoring(decision, Direction.AGAINST));
  }

  @Test
  void withoutABalanceTheEvidenceDecidesWhenEveryCriticalOutcomeFavorsOneSide() {
    DirectionBasis basis = DirectionBasis.builder().published(Direction.AGAINST).evidence(Favors.INTERVENTION).build();
    assertEquals(DirectionVerdict.CONTRADICTS, DirectionCheck.rule().apply(basis).value());
    assertEquals("every critical outcome favors the intervention, but the recommendation is against the intervention and no stated"
        + " criterion (resources, cost-effectiveness, equity, acceptability, feasibility) favors that",
        DirectionCheck.rule().apply(basis).step().reason());
    assertEquals(DirectionVerdict.FOLLOWS, DirectionCheck.rule().apply(basis.withPublished(Direction.FOR)).value());
  }

  @Test
  void aBalanceThatFavorsNeitherSideOrIsUnknownComparesNothing() {
    for (Balance balance : List.of(Balance.BALANCED, Balance.VARIES, Balance.DONT_KNOW)) {
      assertEquals(DirectionVerdict.NOT_COMPARED, check(Direction.AGAINST, Decision.builder().balance(balance).build()).value());
    }
    assertEquals(DirectionVerdict.FOLLOWS, check(Direction.FOR, Decision.builder().balance(Balance.CLEARLY_FAVORS_INTERVENTION).build()).value());
  }
}
