package org.evidencegrading.gradeapproach.properties;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.strength.ParadigmClaim;
import org.evidencegrading.gradeapproach.strength.ParadigmaticSituationCheck;
import org.evidencegrading.gradeapproach.strength.SideCertainty;
import org.evidencegrading.model.Direction;
import org.evidencegrading.properties.Property;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.Space;
import org.evidencegrading.properties.Spaces;
import org.evidencegrading.trace.Rule;

/**
 * The properties of the test of a declared paradigmatic situation, over every situation (its
 * deprecated name included), every published direction (or none), and every set of up to three
 * outcomes, each favoring the intervention, the comparison or neither, of each certainty: 6 x 3 x
 * 455 = 8,190 cases. The properties: each situation holds exactly when its pattern, restated from the
 * highest and lowest certainty on each side, and its direction do; the deprecated name is situation
 * 4; without outcomes only the direction is tested.
 *
 * <p>The rule under test is a parameter, so that a test can show the properties catch a wrong one.
 */
public final class ParadigmPropertySet {

  private static final int MOST_OUTCOMES = 3;

  private final Rule<ParadigmClaim, Boolean> rule;

  private ParadigmPropertySet(Rule<ParadigmClaim, Boolean> rule) {
    this.rule = rule;
  }

  /** The properties of the paradigmatic situation check. */
  public static PropertyGroup<ParadigmClaim> of() {
    return of(ParadigmaticSituationCheck.rule());
  }

  /** The same properties of another rule. */
  public static PropertyGroup<ParadigmClaim> of(Rule<ParadigmClaim, Boolean> rule) {
    return PropertyGroup.of(space(), new ParadigmPropertySet(rule).all());
  }

  /** Every claim, fewest outcomes first. */
  static Space<ParadigmClaim> space() {
    List<SideCertainty> kinds = new ArrayList<>();
    for (Favors side : Favors.values()) {
      for (Certainty certainty : Certainty.values()) {
        kinds.add(SideCertainty.of("o", side, certainty));
      }
    }
    List<Optional<Direction>> directions = List.of(Optional.empty(), Optional.of(Direction.FOR), Optional.of(Direction.AGAINST));
    ImmutableList.Builder<ParadigmClaim> cases = ImmutableList.builder();
    Spaces.multisets(kinds, 0, MOST_OUTCOMES).forEach(outcomes -> {
      ImmutableList.Builder<SideCertainty> named = ImmutableList.builder();
      for (int i = 0; i < outcomes.size(); i++) {
        named.add(SideCertainty.of("o" + (i + 1), outcomes.get(i).favors(), outcomes.get(i).certainty()));
      }
      for (ParadigmaticSituation situation : ParadigmaticSituation.values()) {
        for (Optional<Direction> direction : directions) {
          if (situation.declared()) {
            cases.add(ParadigmClaim.builder().situation(situation).direction(direction).addAllOutcomes(named.build()).build());
          }
        }
      }
    });
    return Spaces.listed("every declared situation, published direction, and up to " + MOST_OUTCOMES + " outcomes favoring a side"
        + " with a certainty", cases.build(), ParadigmPropertySet::describe);
  }

  /** {@code [UNCERTAIN_BENEFIT_CERTAIN_HARM AGAINST: INTERVENTION LOW, COMPARISON HIGH]}. */
  static String describe(ParadigmClaim claim) {
    return "[" + claim.situation() + claim.direction().map(direction -> " " + direction).orElse("") + ": "
        + claim.outcomes().stream().map(outcome -> outcome.favors() + " " + outcome.certainty()).collect(Collectors.joining(", "))
        + "]";
  }

  private static OptionalInt highest(ParadigmClaim claim, Favors side) {
    return claim.outcomes().stream().filter(outcome -> outcome.favors() == side).mapToInt(outcome -> outcome.certainty().rank()).max();
  }

  private static OptionalInt lowest(ParadigmClaim claim, Favors side) {
    return claim.outcomes().stream().filter(outcome -> outcome.favors() == side).mapToInt(outcome -> outcome.certainty().rank()).min();
  }

  /** Whether the situation holds, restated from the highest and lowest certainty on each side. */
  private static boolean holds(ParadigmClaim claim) {
    int low = Certainty.LOW.rank();
    Optional<Direction> direction = claim.direction();
    List<Favors> recommended = direction.isEmpty() ? List.of(Favors.INTERVENTION, Favors.COMPARISON)
        : List.of(direction.get() == Direction.FOR ? Favors.INTERVENTION : Favors.COMPARISON);
    boolean none = claim.outcomes().isEmpty();
    return switch (claim.situation().canonical()) {
      case LIFE_THREATENING -> !direction.equals(Optional.of(Direction.AGAINST))
          && (none || highest(claim, Favors.INTERVENTION).orElse(Integer.MAX_VALUE) <= low);
      case UNCERTAIN_BENEFIT_CERTAIN_HARM -> !direction.equals(Optional.of(Direction.FOR))
          && (none || highest(claim, Favors.INTERVENTION).orElse(0) <= low && highest(claim, Favors.COMPARISON).orElse(0) > low);
      case EQUIVALENCE_LESS_HARM -> none || highest(claim, Favors.NEITHER).orElse(Integer.MAX_VALUE) <= low
          && recommended.stream().anyMatch(side -> highest(claim, side).orElse(0) > low);
      case EQUIVALENCE_POSSIBLE_HARM -> none || lowest(claim, Favors.NEITHER).orElse(0) > low
          && recommended.stream().anyMatch(side -> lowest(claim, side).orElse(Integer.MAX_VALUE) <= low);
      case POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION -> !direction.equals(Optional.of(Direction.FOR))
          && (none || lowest(claim, Favors.COMPARISON).orElse(Integer.MAX_VALUE) <= low);
      default -> throw new IllegalArgumentException(claim.situation().name());
    };
  }

  private ImmutableList<Property<ParadigmClaim>> all() {
    return ImmutableList.of(
        Property.determinism("the same claim always gets the same verdict", rule, String::valueOf),
        Property.explained("each-situation-holds-exactly-when-its-pattern-and-direction-do",
            "life-threatening: for, every outcome favoring the intervention (one at least) low or very low; uncertain benefit"
                + " and certain harm: against, none favoring the intervention above low, one favoring the comparison high or"
                + " moderate; equivalence with less harm: every outcome favoring neither (one at least) low or very low, one"
                + " favoring the recommended option high or moderate; equivalence with possible harm: every outcome favoring"
                + " neither (one at least) high or moderate, one favoring the recommended option low or very low; potential"
                + " catastrophic harm: against, one favoring the comparison low or very low; without outcomes the direction alone",
            claim -> {
              boolean verdict = rule.apply(claim).value();
              return verdict == holds(claim) ? Optional.empty() : Optional.of(verdict ? "holds" : "does not hold");
            }),
        Property.explained("the-deprecated-name-is-situation-4",
            "CATASTROPHIC_HARM is judged exactly as EQUIVALENCE_POSSIBLE_HARM",
            claim -> {
              if (!claim.situation().deprecatedName()) {
                return Optional.empty();
              }
              ParadigmClaim renamed = claim.withSituation(claim.situation().canonical());
              return rule.apply(claim).value().equals(rule.apply(renamed).value())
                  ? Optional.empty()
                  : Optional.of(rule.apply(claim).value() + ", but as " + describe(renamed) + ": " + rule.apply(renamed).value());
            }));
  }
}
