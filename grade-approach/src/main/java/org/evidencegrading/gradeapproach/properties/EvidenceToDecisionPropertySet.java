package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.strength.EvidenceToDecision;
import org.evidencegrading.gradeapproach.strength.StrengthAndDirection;
import org.evidencegrading.gradeapproach.strength.StrengthBasis;
import org.evidencegrading.model.Direction;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.trace.Rule;

/**
 * The properties of strength and direction, over every set of evidence-to-decision judgments with
 * every overall certainty: 5 balances x 3 variabilities of values x 6 paradigmatic situations
 * (including none) x 4 certainties = 360 cases. The properties: the direction following the balance;
 * a strong recommendation needing a clear balance, moderate or high certainty and values that vary in
 * no important way, unless a paradigmatic situation is invoked for low or very low certainty, and
 * every such situation making one strong; and, without a paradigmatic situation, more certainty or
 * less variability in values never weakening a recommendation.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class EvidenceToDecisionPropertySet {

  private final Rule<StrengthBasis, StrengthAndDirection> rule;

  private EvidenceToDecisionPropertySet(Rule<StrengthBasis, StrengthAndDirection> rule) {
    this.rule = rule;
  }

  /** The properties of the evidence-to-decision rule. */
  public static PropertyGroup<StrengthBasis> of() {
    return of(EvidenceToDecision.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<StrengthBasis> of(Rule<StrengthBasis, StrengthAndDirection> rule) {
    return PropertyGroup.of(space(), new EvidenceToDecisionPropertySet(rule).all());
  }

  /** Every set of judgments with every certainty, no paradigmatic situation first. */
  static Space<StrengthBasis> space() {
    ImmutableList.Builder<StrengthBasis> cases = ImmutableList.builder();
    for (ParadigmaticSituation situation : ParadigmaticSituation.values()) {
      for (Balance balance : Balance.values()) {
        for (ValuesVariability values : ValuesVariability.values()) {
          for (Certainty certainty : Certainty.values()) {
            cases.add(StrengthBasis.of(
                Decision.builder().balance(balance).valuesVariability(values).paradigmaticSituation(situation).build(),
                certainty));
          }
        }
      }
    }
    return Spaces.listed(
        "every balance of effects, variability of values and paradigmatic situation, with every overall certainty",
        cases.build(),
        EvidenceToDecisionPropertySet::describe);
  }

  /** {@code [PROBABLY_FAVORS_INTERVENTION NO_IMPORTANT NONE LOW]}. */
  static String describe(StrengthBasis basis) {
    Decision decision = basis.decision();
    return "[" + decision.balance() + " " + decision.valuesVariability() + " " + decision.paradigmaticSituation() + " "
        + basis.certainty() + "]";
  }

  private ImmutableList<Property<StrengthBasis>> all() {
    return ImmutableList.of(
        Property.explained("direction-follows-the-balance",
            "a balance favoring the intervention gives a recommendation for it, one favoring the comparison a recommendation"
                + " against it, a balanced one no direction",
            basis -> {
              Optional<Direction> expected = switch (basis.decision().balance()) {
                case CLEARLY_FAVORS_INTERVENTION, PROBABLY_FAVORS_INTERVENTION -> Optional.of(Direction.FOR);
                case CLEARLY_FAVORS_COMPARISON, PROBABLY_FAVORS_COMPARISON -> Optional.of(Direction.AGAINST);
                case BALANCED -> Optional.empty();
              };
              StrengthAndDirection derived = rule.apply(basis).value();
              return derived.direction().equals(expected) ? Optional.empty() : Optional.of(derived + ", expected direction " + expected);
            }),
        Property.explained("strong-needs-all-three-or-a-paradigmatic-situation",
            "a strong recommendation needs a balance that clearly favors one side, moderate or high certainty and values"
                + " that vary in no important way, unless a paradigmatic situation is invoked for low or very low certainty",
            basis -> strength(basis) != Strength.STRONG || allThree(basis) || paradigmatic(basis)
                ? Optional.empty()
                : Optional.of("STRONG")),
        Property.explained("all-three-make-a-strong-recommendation",
            "a balance that clearly favors one side, moderate or high certainty and values that vary in no important way"
                + " make a recommendation strong",
            basis -> !allThree(basis) || strength(basis) == Strength.STRONG
                ? Optional.empty()
                : Optional.of(rule.apply(basis).value().toString())),
        Property.explained("every-paradigmatic-situation-makes-low-certainty-strong",
            "each of the five paradigmatic situations, invoked for low or very low certainty, makes a recommendation strong",
            basis -> !paradigmatic(basis) || strength(basis) == Strength.STRONG
                ? Optional.empty()
                : Optional.of(rule.apply(basis).value().toString())),
        Property.explained("without-a-situation-more-certainty-never-weakens",
            "without a paradigmatic situation, a higher certainty never turns a strong recommendation conditional",
            basis -> {
              if (basis.decision().paradigmaticSituation().declared() || basis.certainty() == Certainty.HIGH) {
                return Optional.empty();
              }
              StrengthBasis higher = StrengthBasis.of(basis.decision(), Certainty.values()[basis.certainty().ordinal() - 1]);
              return strength(basis) == Strength.STRONG && strength(higher) != Strength.STRONG
                  ? Optional.of("STRONG, but " + describe(higher) + ": " + strength(higher))
                  : Optional.empty();
            }),
        Property.explained("less-variability-in-values-never-weakens",
            "values that vary less never turn a strong recommendation conditional",
            basis -> {
              ValuesVariability values = basis.decision().valuesVariability();
              if (values == ValuesVariability.NO_IMPORTANT) {
                return Optional.empty();
              }
              StrengthBasis less = StrengthBasis.of(
                  basis.decision().withValuesVariability(ValuesVariability.values()[values.ordinal() - 1]), basis.certainty());
              return strength(basis) == Strength.STRONG && strength(less) != Strength.STRONG
                  ? Optional.of("STRONG, but " + describe(less) + ": " + strength(less))
                  : Optional.empty();
            }));
  }

  private Strength strength(StrengthBasis basis) {
    return rule.apply(basis).value().strength();
  }

  /** A balance that clearly favors one side, moderate or high certainty, values that vary in no important way. */
  private static boolean allThree(StrengthBasis basis) {
    return basis.decision().balance().clearly() && basis.certainty().atLeast(Certainty.MODERATE)
        && basis.decision().valuesVariability() == ValuesVariability.NO_IMPORTANT;
  }

  private static boolean paradigmatic(StrengthBasis basis) {
    return basis.decision().paradigmaticSituation().declared() && !basis.certainty().atLeast(Certainty.MODERATE);
  }
}
