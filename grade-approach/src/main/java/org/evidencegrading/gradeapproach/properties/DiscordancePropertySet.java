package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.gradeapproach.strength.Discordance;
import org.evidencegrading.gradeapproach.strength.DiscordantPattern;
import org.evidencegrading.gradeapproach.strength.StrengthJudgment;
import org.evidencegrading.model.Direction;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the warnings about a published strength, over every strength and direction,
 * every certainty (or none), every balance of effects and variability of values (or none),
 * acceptability (none, yes, probably no) and feasibility (none, probably yes, no), with and without a
 * paradigmatic situation that holds: 2 x 2 x 5 x 8 x 5 x 3 x 3 x 2 = 14,400 cases. The properties:
 * a conditional recommendation, or a strong one in a paradigmatic situation that holds, is never
 * warned about; otherwise each pattern GRADE calls discordant is reported exactly when it is there;
 * and more certainty never adds a warning.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class DiscordancePropertySet {

  private final Rule<StrengthJudgment, ImmutableMap<DiscordantPattern, String>> rule;

  private DiscordancePropertySet(Rule<StrengthJudgment, ImmutableMap<DiscordantPattern, String>> rule) {
    this.rule = rule;
  }

  /** The properties of the discordance rule. */
  public static PropertyGroup<StrengthJudgment> of() {
    return of(Discordance.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<StrengthJudgment> of(Rule<StrengthJudgment, ImmutableMap<DiscordantPattern, String>> rule) {
    return PropertyGroup.of(space(), new DiscordancePropertySet(rule).all());
  }

  /** Every case, fewest judgments first. */
  static Space<StrengthJudgment> space() {
    ImmutableList.Builder<StrengthJudgment> cases = ImmutableList.builder();
    for (Optional<YesNoJudgment> acceptability : Cases.absentOr(List.of(YesNoJudgment.YES, YesNoJudgment.PROBABLY_NO))) {
      for (Optional<YesNoJudgment> feasibility : Cases.absentOr(List.of(YesNoJudgment.PROBABLY_YES, YesNoJudgment.NO))) {
        for (Optional<ValuesVariability> values : Cases.absentOr(List.of(ValuesVariability.values()))) {
          for (Optional<Balance> balance : Cases.absentOr(List.of(Balance.values()))) {
            for (Optional<Certainty> certainty : Cases.absentOr(List.of(Certainty.values()))) {
              for (boolean paradigm : new boolean[] {false, true}) {
                for (Direction direction : Direction.values()) {
                  for (Strength strength : Strength.values()) {
                    Decision decision = Decision.builder().balance(balance).valuesVariability(values)
                        .acceptability(acceptability).feasibility(feasibility).build();
                    boolean judged = balance.isPresent() || values.isPresent() || acceptability.isPresent() || feasibility.isPresent();
                    cases.add(StrengthJudgment.builder().strength(strength).direction(direction).certainty(certainty)
                        .decision(judged ? Optional.of(decision) : Optional.empty()).paradigmSatisfied(paradigm).build());
                  }
                }
              }
            }
          }
        }
      }
    }
    return Spaces.listed("every published strength and direction, certainty, balance, variability of values, acceptability and"
        + " feasibility, with and without a paradigmatic situation that holds", cases.build(), DiscordancePropertySet::describe);
  }

  /** {@code [STRONG FOR LOW balance=PROBABLY_FAVORS_INTERVENTION paradigm]}. */
  static String describe(StrengthJudgment judgment) {
    StringBuilder text = new StringBuilder("[").append(judgment.strength()).append(' ').append(judgment.direction().orElseThrow());
    judgment.certainty().ifPresent(certainty -> text.append(' ').append(certainty));
    judgment.decision().ifPresent(decision -> {
      decision.balance().ifPresent(value -> text.append(" balance=").append(value));
      decision.valuesVariability().ifPresent(value -> text.append(" values=").append(value));
      decision.acceptability().ifPresent(value -> text.append(" acceptability=").append(value));
      decision.feasibility().ifPresent(value -> text.append(" feasibility=").append(value));
    });
    return text.append(judgment.paradigmSatisfied() ? " paradigm]" : "]").toString();
  }

  /** The patterns a strong recommendation without a paradigm that holds shows, restated. */
  private static Set<DiscordantPattern> expected(StrengthJudgment judgment) {
    if (judgment.strength() != Strength.STRONG || judgment.paradigmSatisfied()) {
      return Set.of();
    }
    Set<DiscordantPattern> patterns = EnumSet.noneOf(DiscordantPattern.class);
    if (judgment.certainty().filter(c -> c == Certainty.LOW || c == Certainty.VERY_LOW).isPresent()) {
      patterns.add(DiscordantPattern.LOW_CERTAINTY);
    }
    Optional<Decision> decision = judgment.decision();
    Optional<Balance> balance = decision.flatMap(Decision::balance);
    if (balance.isPresent() && balance.get() != Balance.CLEARLY_FAVORS_INTERVENTION && balance.get() != Balance.CLEARLY_FAVORS_COMPARISON) {
      patterns.add(DiscordantPattern.BALANCE_NOT_CLEAR);
    }
    if (decision.flatMap(Decision::valuesVariability).equals(Optional.of(ValuesVariability.IMPORTANT))) {
      patterns.add(DiscordantPattern.VALUES_VARY);
    }
    boolean forIt = judgment.direction().equals(Optional.of(Direction.FOR));
    if (forIt && decision.flatMap(Decision::acceptability).equals(Optional.of(YesNoJudgment.PROBABLY_NO))) {
      patterns.add(DiscordantPattern.NOT_ACCEPTABLE);
    }
    if (forIt && decision.flatMap(Decision::feasibility).equals(Optional.of(YesNoJudgment.NO))) {
      patterns.add(DiscordantPattern.NOT_FEASIBLE);
    }
    return patterns;
  }

  private Set<DiscordantPattern> found(StrengthJudgment judgment) {
    return rule.apply(judgment).value().keySet();
  }

  private ImmutableList<Property<StrengthJudgment>> all() {
    return ImmutableList.of(
        Property.determinism("the same case always gets the same warnings", rule, ImmutableMap::toString),
        Property.explained("strong-is-never-warned-about-when-a-satisfied-paradigm-is-declared",
            "a strong recommendation in a declared paradigmatic situation that holds is never warned about, nor is a"
                + " conditional one",
            judgment -> (judgment.paradigmSatisfied() || judgment.strength() == Strength.CONDITIONAL) && !found(judgment).isEmpty()
                ? Optional.of(found(judgment).toString())
                : Optional.empty()),
        Property.explained("each-discordant-pattern-exactly-when-it-is-there",
            "otherwise a strong recommendation is warned about for low or very low certainty, a balance that does not clearly"
                + " favor one side, important uncertainty or variability in values, and (when for the intervention) an"
                + " intervention judged probably not acceptable or not feasible, and for nothing else",
            judgment -> expected(judgment).equals(found(judgment))
                ? Optional.empty()
                : Optional.of(found(judgment) + ", expected " + expected(judgment))),
        Property.explained("more-certainty-never-adds-a-warning",
            "a higher certainty never adds a warning",
            judgment -> {
              if (judgment.certainty().isEmpty() || judgment.certainty().get() == Certainty.HIGH) {
                return Optional.empty();
              }
              StrengthJudgment higher = judgment
                  .withCertainty(Certainty.values()[judgment.certainty().get().ordinal() - 1]);
              return found(judgment).containsAll(found(higher))
                  ? Optional.empty()
                  : Optional.of(found(judgment) + ", but " + describe(higher) + ": " + found(higher));
            }));
  }
}
