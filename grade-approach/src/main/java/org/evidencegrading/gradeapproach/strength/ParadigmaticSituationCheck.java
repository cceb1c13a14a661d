package org.evidencegrading.gradeapproach.strength;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * Whether a declared paradigmatic situation holds: its certainty pattern over the outcomes that favor
 * each alternative, and its direction. GRADE 15 (Andrews et al., J Clin Epidemiol 2013;66:726-735)
 * tabulates the five "paradigmatic situations in which a strong recommendation may be warranted
 * despite low or very low confidence in effect estimates" by the confidence in the estimates of
 * benefit and of harm, and the recommendation (as reproduced in BMJ Open 2017;7:e018593, Table 1; the
 * same five in Alexander et al., J Clin Epidemiol 2016;72:98-106). An outcome favoring the
 * intervention counts as benefit of the intervention, one favoring the comparison as its harm (or the
 * comparison's benefit), one favoring neither as similar benefit:
 *
 * <ol>
 *   <li>{@code LIFE_THREATENING}, "Low or very low" confidence in benefit, harms "Immaterial", a
 *       "Strong recommendation in favor": every outcome favoring the intervention (there is one) low
 *       or very low; for. That the situation is life-threatening is the panel's claim; the file
 *       cannot show it.
 *   <li>{@code UNCERTAIN_BENEFIT_CERTAIN_HARM}, benefit "Low or very low", harm "High or moderate",
 *       "Strong recommendation against the intervention": no outcome favoring the intervention above
 *       low, one favoring the comparison high or moderate; against.
 *   <li>{@code EQUIVALENCE_LESS_HARM}, low or very low certainty that the benefits are similar, high
 *       or moderate certainty of less harm or cost with one option, strong for it: every outcome
 *       favoring neither (there is one) low or very low, one favoring the recommended option high or
 *       moderate.
 *   <li>{@code EQUIVALENCE_POSSIBLE_HARM}, high or moderate certainty that the benefits are similar,
 *       low or very low certainty of harm of one option, strong against it: every outcome favoring
 *       neither (there is one) high or moderate, one favoring the recommended option low or very low.
 *   <li>{@code POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION}, low or very low certainty of a
 *       catastrophic harm, benefit immaterial (as GRADE 15 tabulates it; the contract's "high
 *       certainty of modest benefit" is not required, so that a panel following GRADE 15 is not
 *       warned), strong against: one outcome favoring the comparison low or very low; against.
 * </ol>
 *
 * <p>A recommendation without outcomes shows no pattern: only the direction is tested, and the step
 * says so. The deprecated name {@code CATASTROPHIC_HARM} is situation 4.
 */
public final class ParadigmaticSituationCheck extends NamedRule<ParadigmClaim, Boolean> {

  /** The rule's id in traces. */
  public static final String ID = "grade.strength.paradigmatic-situation";

  /** The source the rule implements. */
  public static final String SOURCE = "GRADE 15 (Andrews 2013), J Clin Epidemiol 66:726-735, paradigmatic situations (BMJ Open"
      + " 2017;7:e018593, Table 1); Alexander 2016, J Clin Epidemiol 72:98-106";

  private static final ParadigmaticSituationCheck INSTANCE = new ParadigmaticSituationCheck();

  private static final Predicate<Certainty> LOW = certainty -> !certainty.atLeast(Certainty.MODERATE);
  private static final Predicate<Certainty> HIGH = certainty -> certainty.atLeast(Certainty.MODERATE);

  private ParadigmaticSituationCheck() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static ParadigmaticSituationCheck rule() {
    return INSTANCE;
  }

  /** What a situation needs, in words. */
  public static String pattern(ParadigmaticSituation situation) {
    return switch (situation.canonical()) {
      case LIFE_THREATENING -> "a recommendation for, and low or very low certainty for every outcome favoring the intervention";
      case UNCERTAIN_BENEFIT_CERTAIN_HARM -> "a recommendation against, no outcome favoring the intervention above low certainty,"
          + " and high or moderate certainty for an outcome favoring the comparison";
      case EQUIVALENCE_LESS_HARM -> "low or very low certainty for every outcome favoring neither alternative (similar benefit),"
          + " and high or moderate certainty for an outcome favoring the recommended option (less harm or cost)";
      case EQUIVALENCE_POSSIBLE_HARM -> "high or moderate certainty for every outcome favoring neither alternative (similar"
          + " benefit), and low or very low certainty for an outcome favoring the recommended option (possible harm of the other)";
      case POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION -> "a recommendation against, and low or very low certainty for an outcome"
          + " favoring the comparison (the possible catastrophic harm)";
      default -> throw new IllegalArgumentException("no paradigmatic situation: " + situation);
    };
  }

  @Override
  public Derivation<Boolean> apply(ParadigmClaim claim) {
    ParadigmaticSituation situation = claim.situation().canonical();
    Optional<Direction> direction = claim.direction();
    List<SideCertainty> outcomes = claim.outcomes();
    boolean directionHolds = switch (situation) {
      case LIFE_THREATENING -> !direction.equals(Optional.of(Direction.AGAINST));
      case UNCERTAIN_BENEFIT_CERTAIN_HARM, POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION -> !direction.equals(Optional.of(Direction.FOR));
      default -> true;
    };
    boolean patternHolds = outcomes.isEmpty() || switch (situation) {
      case LIFE_THREATENING -> all(outcomes, Favors.INTERVENTION, LOW);
      case UNCERTAIN_BENEFIT_CERTAIN_HARM -> none(outcomes, Favors.INTERVENTION, HIGH) && any(outcomes, Favors.COMPARISON, HIGH);
      case EQUIVALENCE_LESS_HARM -> all(outcomes, Favors.NEITHER, LOW) && recommended(direction).stream()
          .anyMatch(side -> any(outcomes, side, HIGH));
      case EQUIVALENCE_POSSIBLE_HARM -> all(outcomes, Favors.NEITHER, HIGH) && recommended(direction).stream()
          .anyMatch(side -> any(outcomes, side, LOW));
      case POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION -> any(outcomes, Favors.COMPARISON, LOW);
      default -> throw new IllegalArgumentException("no paradigmatic situation: " + claim.situation());
    };
    boolean holds = directionHolds && patternHolds;
    String found = outcomes.isEmpty()
        ? "no outcomes, so the certainty pattern cannot be tested"
        : outcomes.stream()
            .map(outcome -> outcome.outcome() + " favors " + Words.of(outcome.favors()) + ", " + Words.of(outcome.certainty()))
            .collect(Collectors.joining("; "));
    String reason = situation.name() + " needs " + pattern(situation) + "; found: "
        + direction.map(d -> "a recommendation " + Words.of(d)).orElse("no published direction") + "; " + found
        + (holds ? ": it holds" : directionHolds ? ": the certainty pattern does not hold" : ": the direction does not hold");
    return Derivation.of(holds, step()
        .putInputs("situation", claim.situation().name())
        .putInputs("direction", direction.map(Direction::name).orElse(""))
        .outcome(holds ? "holds" : "does not hold")
        .reason(reason)
        .build());
  }

  /** The sides a recommendation in this direction recommends: the intervention for, the comparison against, either if unknown. */
  private static List<Favors> recommended(Optional<Direction> direction) {
    return direction
        .map(d -> List.of(d == Direction.FOR ? Favors.INTERVENTION : Favors.COMPARISON))
        .orElse(List.of(Favors.INTERVENTION, Favors.COMPARISON));
  }

  /** Whether some outcome favors the side with such certainty. */
  private static boolean any(List<SideCertainty> outcomes, Favors side, Predicate<Certainty> certainty) {
    return outcomes.stream().anyMatch(outcome -> outcome.favors() == side && certainty.test(outcome.certainty()));
  }

  /** Whether no outcome favors the side with such certainty. */
  private static boolean none(List<SideCertainty> outcomes, Favors side, Predicate<Certainty> certainty) {
    return !any(outcomes, side, certainty);
  }

  /** Whether some outcome favors the side and every one that does has such certainty. */
  private static boolean all(List<SideCertainty> outcomes, Favors side, Predicate<Certainty> certainty) {
    return outcomes.stream().anyMatch(outcome -> outcome.favors() == side) && none(outcomes, side, certainty.negate());
  }
}
