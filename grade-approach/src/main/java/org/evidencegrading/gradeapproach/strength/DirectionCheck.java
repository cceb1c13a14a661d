package org.evidencegrading.gradeapproach.strength;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * Whether a recommendation's published direction follows its own stated inputs. The balance of
 * effects decides the direction ({@link DirectionOfRecommendation}); where no balance is stated but
 * every critical outcome favors the same alternative, the evidence does. Revision 2 of the file
 * format: "a direction opposite to the evidence or to the stated balance" is a contradiction, an
 * error.
 *
 * <p>The balance weighs health effects only; the GRADE EtD framework has the panel weigh resources,
 * cost-effectiveness, equity, acceptability and feasibility besides (Alonso-Coello et al., BMJ
 * 2016;353:i2089), and a panel may recommend against an intervention whose benefits outweigh its
 * harms because it costs too much. So a direction opposite to the balance or the evidence is a
 * contradiction only when no stated criterion favors the published direction: large or moderate
 * costs, cost-effectiveness favoring the comparison, reduced equity, or an intervention judged not
 * (or probably not) acceptable or feasible for a recommendation against; savings, cost-effectiveness
 * favoring the intervention or increased equity for one for. Then it is the panel's judgment, and
 * the step says which criteria explain it.
 */
public final class DirectionCheck extends NamedRule<DirectionBasis, DirectionVerdict> {

  /** The rule's id in traces. */
  public static final String ID = "grade.direction.published";

  /** The source the rule implements. */
  public static final String SOURCE = "GRADE EtD framework (Alonso-Coello 2016), BMJ 353:i2089: balance of effects, resources,"
      + " cost-effectiveness, equity, acceptability, feasibility; evidence-grading/1, revision 2: direction opposite to the evidence"
      + " or the stated balance";

  private static final Set<ResourceRequirements> COSTS =
      Sets.immutableEnumSet(ResourceRequirements.LARGE_COSTS, ResourceRequirements.MODERATE_COSTS);
  private static final Set<ResourceRequirements> SAVINGS =
      Sets.immutableEnumSet(ResourceRequirements.MODERATE_SAVINGS, ResourceRequirements.LARGE_SAVINGS);
  private static final Set<CostEffectiveness> COST_EFFECTIVE_COMPARISON =
      Sets.immutableEnumSet(CostEffectiveness.FAVORS_COMPARISON, CostEffectiveness.PROBABLY_FAVORS_COMPARISON);
  private static final Set<CostEffectiveness> COST_EFFECTIVE_INTERVENTION =
      Sets.immutableEnumSet(CostEffectiveness.FAVORS_INTERVENTION, CostEffectiveness.PROBABLY_FAVORS_INTERVENTION);
  private static final Set<Equity> LESS_EQUITY = Sets.immutableEnumSet(Equity.REDUCED, Equity.PROBABLY_REDUCED);
  private static final Set<Equity> MORE_EQUITY = Sets.immutableEnumSet(Equity.INCREASED, Equity.PROBABLY_INCREASED);

  private static final DirectionCheck INSTANCE = new DirectionCheck();

  private DirectionCheck() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static DirectionCheck rule() {
    return INSTANCE;
  }

  /** The stated criteria other than the balance that favor a direction, in words ("resources: large costs"). */
  public static ImmutableList<String> criteriaFavoring(Decision decision, Direction direction) {
    boolean against = direction == Direction.AGAINST;
    ImmutableList.Builder<String> criteria = ImmutableList.builder();
    decision.resources()
        .filter((against ? COSTS : SAVINGS)::contains)
        .ifPresent(resources -> criteria.add("resources: " + Words.of(resources)));
    decision.costEffectiveness()
        .filter((against ? COST_EFFECTIVE_COMPARISON : COST_EFFECTIVE_INTERVENTION)::contains)
        .ifPresent(value -> criteria.add("cost-effectiveness: " + Words.of(value)));
    decision.equity()
        .filter((against ? LESS_EQUITY : MORE_EQUITY)::contains)
        .ifPresent(equity -> criteria.add("equity: " + Words.of(equity)));
    if (against) {
      decision.acceptability().filter(YesNoJudgment::negative).ifPresent(value -> criteria.add("acceptability: " + Words.of(value)));
      decision.feasibility().filter(YesNoJudgment::negative).ifPresent(value -> criteria.add("feasibility: " + Words.of(value)));
    }
    return criteria.build();
  }

  @Override
  public Derivation<DirectionVerdict> apply(DirectionBasis basis) {
    Direction published = basis.published();
    Optional<Direction> byBalance = basis.decision()
        .flatMap(Decision::balance)
        .flatMap(balance -> DirectionOfRecommendation.rule().apply(balance).value());
    Optional<Direction> byEvidence = basis.evidence()
        .filter(side -> side != Favors.NEITHER)
        .map(side -> side == Favors.INTERVENTION ? Direction.FOR : Direction.AGAINST);
    Optional<Direction> expected = byBalance.isPresent() ? byBalance : byEvidence;
    String ground = byBalance.isPresent()
        ? BalanceWords.of(basis.decision().flatMap(Decision::balance).orElseThrow())
        : "every critical outcome favors the " + basis.evidence().map(Words::of).orElse("");
    DirectionVerdict verdict;
    String reason;
    if (expected.isEmpty()) {
      verdict = DirectionVerdict.NOT_COMPARED;
      reason = "no balance of effects favoring a side is stated and the critical outcomes do not all favor one alternative:"
          + " the published direction " + published.name() + " is the panel's";
    } else if (expected.get() == published) {
      verdict = DirectionVerdict.FOLLOWS;
      reason = ground + ": a recommendation " + words(published) + ", as published";
    } else {
      ImmutableList<String> explaining = basis.decision().map(decision -> criteriaFavoring(decision, published)).orElse(ImmutableList.of());
      verdict = explaining.isEmpty() ? DirectionVerdict.CONTRADICTS : DirectionVerdict.EXPLAINED;
      reason = ground + ", but the recommendation is " + words(published)
          + (explaining.isEmpty()
              ? " and no stated criterion (resources, cost-effectiveness, equity, acceptability, feasibility) favors that"
              : "; the panel's other criteria favor that: " + String.join(", ", explaining));
    }
    Step step = step()
        .putInputs("published", published.name())
        .putInputs("expected", expected.map(Direction::name).orElse(""))
        .outcome(Words.of(verdict))
        .reason(reason)
        .build();
    return Derivation.of(verdict, step);
  }

  private static String words(Direction direction) {
    return direction == Direction.FOR ? "for the intervention" : "against the intervention";
  }
}
