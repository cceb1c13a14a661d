package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.gradeapproach.strength.DirectionBasis;
import org.evidencegrading.gradeapproach.strength.DirectionCheck;
import org.evidencegrading.gradeapproach.strength.DirectionVerdict;
import org.evidencegrading.model.Direction;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the check of a published direction, over every published direction, every
 * balance of effects (or none), every side all critical outcomes favor (or none), and the criteria
 * that may favor a direction besides: resources (none, moderate costs, moderate savings),
 * cost-effectiveness (none, probably favoring the comparison or the intervention), equity (none,
 * probably reduced or increased), acceptability (none, probably no, yes) and feasibility (none, no,
 * probably yes): 2 x 8 x 3 x 3^5 = 11,664 cases. The properties: the direction follows the balance
 * where it favors a side, else the evidence where all critical outcomes favor one side, else nothing
 * is compared; a direction opposite to them is a contradiction exactly when no stated criterion
 * favors it.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class DirectionPropertySet {

  private final Rule<DirectionBasis, DirectionVerdict> rule;

  private DirectionPropertySet(Rule<DirectionBasis, DirectionVerdict> rule) {
    this.rule = rule;
  }

  /** The properties of the direction check. */
  public static PropertyGroup<DirectionBasis> of() {
    return of(DirectionCheck.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<DirectionBasis> of(Rule<DirectionBasis, DirectionVerdict> rule) {
    return PropertyGroup.of(space(), new DirectionPropertySet(rule).all());
  }

  /** Every case, without other criteria first. */
  static Space<DirectionBasis> space() {
    ImmutableList.Builder<DirectionBasis> cases = ImmutableList.builder();
    List<ResourceRequirements> costsOrSavings = List.of(ResourceRequirements.MODERATE_COSTS, ResourceRequirements.MODERATE_SAVINGS);
    List<CostEffectiveness> costEffective =
        List.of(CostEffectiveness.PROBABLY_FAVORS_COMPARISON, CostEffectiveness.PROBABLY_FAVORS_INTERVENTION);
    for (Optional<ResourceRequirements> resources : Cases.absentOr(costsOrSavings)) {
      for (Optional<CostEffectiveness> cost : Cases.absentOr(costEffective)) {
        for (Optional<Equity> equity : Cases.absentOr(List.of(Equity.PROBABLY_REDUCED, Equity.PROBABLY_INCREASED))) {
          for (Optional<YesNoJudgment> acceptability : Cases.absentOr(List.of(YesNoJudgment.PROBABLY_NO, YesNoJudgment.YES))) {
            for (Optional<YesNoJudgment> feasibility : Cases.absentOr(List.of(YesNoJudgment.NO, YesNoJudgment.PROBABLY_YES))) {
              for (Optional<Balance> balance : Cases.absentOr(List.of(Balance.values()))) {
                for (Optional<Favors> evidence : Cases.absentOr(List.of(Favors.INTERVENTION, Favors.COMPARISON))) {
                  for (Direction published : Direction.values()) {
                    Decision decision = Decision.builder().balance(balance).resources(resources).costEffectiveness(cost).equity(equity)
                        .acceptability(acceptability).feasibility(feasibility).build();
                    cases.add(DirectionBasis.builder().published(published).decision(decision).evidence(evidence).build());
                  }
                }
              }
            }
          }
        }
      }
    }
    return Spaces.listed("every published direction, balance of effects, side of the evidence, and other criteria favoring a"
        + " direction or not", cases.build(), DirectionPropertySet::describe);
  }

  /** {@code [FOR balance=PROBABLY_FAVORS_COMPARISON evidence=COMPARISON resources=MODERATE_COSTS]}. */
  static String describe(DirectionBasis basis) {
    StringBuilder text = new StringBuilder("[").append(basis.published());
    Decision decision = basis.decision().orElseThrow();
    decision.balance().ifPresent(value -> text.append(" balance=").append(value));
    basis.evidence().ifPresent(value -> text.append(" evidence=").append(value));
    decision.resources().ifPresent(value -> text.append(" resources=").append(value));
    decision.costEffectiveness().ifPresent(value -> text.append(" costEffectiveness=").append(value));
    decision.equity().ifPresent(value -> text.append(" equity=").append(value));
    decision.acceptability().ifPresent(value -> text.append(" acceptability=").append(value));
    decision.feasibility().ifPresent(value -> text.append(" feasibility=").append(value));
    return text.append("]").toString();
  }

  /** The direction the case's balance gives, restated: for when it (probably) favors the intervention, against for the comparison. */
  private static Optional<Direction> byBalance(DirectionBasis basis) {
    return basis.decision().flatMap(Decision::balance).flatMap(balance -> switch (balance) {
      case CLEARLY_FAVORS_INTERVENTION, PROBABLY_FAVORS_INTERVENTION -> Optional.of(Direction.FOR);
      case CLEARLY_FAVORS_COMPARISON, PROBABLY_FAVORS_COMPARISON -> Optional.of(Direction.AGAINST);
      default -> Optional.empty();
    });
  }

  /** Whether a stated criterion besides the balance favors the published direction, restated from the space's values. */
  private static boolean otherCriterionFavors(DirectionBasis basis) {
    Decision decision = basis.decision().orElseThrow();
    if (basis.published() == Direction.AGAINST) {
      return decision.resources().equals(Optional.of(ResourceRequirements.MODERATE_COSTS))
          || decision.costEffectiveness().equals(Optional.of(CostEffectiveness.PROBABLY_FAVORS_COMPARISON))
          || decision.equity().equals(Optional.of(Equity.PROBABLY_REDUCED))
          || decision.acceptability().equals(Optional.of(YesNoJudgment.PROBABLY_NO))
          || decision.feasibility().equals(Optional.of(YesNoJudgment.NO));
    }
    return decision.resources().equals(Optional.of(ResourceRequirements.MODERATE_SAVINGS))
        || decision.costEffectiveness().equals(Optional.of(CostEffectiveness.PROBABLY_FAVORS_INTERVENTION))
        || decision.equity().equals(Optional.of(Equity.PROBABLY_INCREASED));
  }

  private ImmutableList<Property<DirectionBasis>> all() {
    return ImmutableList.of(
        Property.determinism("the same case always gets the same verdict", rule, DirectionVerdict::name),
        Property.explained("follows-the-balance-else-the-evidence",
            "a published direction the balance gives follows; without a balance favoring a side, one all critical outcomes"
                + " favor follows",
            basis -> {
              Optional<Direction> expected = byBalance(basis).or(() -> basis.evidence()
                  .map(side -> side == Favors.INTERVENTION ? Direction.FOR : Direction.AGAINST));
              DirectionVerdict verdict = rule.apply(basis).value();
              return expected.equals(Optional.of(basis.published())) != (verdict == DirectionVerdict.FOLLOWS)
                  ? Optional.of(verdict + ", expected " + expected)
                  : Optional.empty();
            }),
        Property.explained("nothing-compared-without-a-balance-or-evidence-on-one-side",
            "without a balance favoring a side and without all critical outcomes favoring one alternative, nothing is compared",
            basis -> {
              boolean nothing = byBalance(basis).isEmpty() && basis.evidence().isEmpty();
              DirectionVerdict verdict = rule.apply(basis).value();
              return nothing != (verdict == DirectionVerdict.NOT_COMPARED) ? Optional.of(verdict.name()) : Optional.empty();
            }),
        Property.explained("opposite-is-a-contradiction-unless-another-criterion-favors-it",
            "a published direction opposite to the balance (or, without one, to the evidence) is a contradiction exactly when no"
                + " stated criterion (resources, cost-effectiveness, equity, acceptability, feasibility) favors it, and is"
                + " explained otherwise",
            basis -> {
              Optional<Direction> expected = byBalance(basis).or(() -> basis.evidence()
                  .map(side -> side == Favors.INTERVENTION ? Direction.FOR : Direction.AGAINST));
              if (expected.isEmpty() || expected.get() == basis.published()) {
                return Optional.empty();
              }
              DirectionVerdict wanted = otherCriterionFavors(basis) ? DirectionVerdict.EXPLAINED : DirectionVerdict.CONTRADICTS;
              DirectionVerdict verdict = rule.apply(basis).value();
              return verdict == wanted ? Optional.empty() : Optional.of(verdict + ", not " + wanted);
            }));
  }
}
