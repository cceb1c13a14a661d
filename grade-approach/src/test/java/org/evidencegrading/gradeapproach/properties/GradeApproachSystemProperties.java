package org.evidencegrading.gradeapproach.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.certainty.OutcomeCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallCertainty;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.PermittedCertainty;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Favors;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.strength.DirectionBasis;
import org.evidencegrading.gradeapproach.strength.DirectionCheck;
import org.evidencegrading.gradeapproach.strength.DirectionVerdict;
import org.evidencegrading.gradeapproach.strength.Discordance;
import org.evidencegrading.gradeapproach.strength.DiscordantPattern;
import org.evidencegrading.gradeapproach.strength.ParadigmClaim;
import org.evidencegrading.gradeapproach.strength.StrengthJudgment;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.testing.WrongRules;
import org.evidencegrading.trace.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GRADE rules checked exhaustively against their properties under both policies for rating up,
 * and the proof that the check has teeth: deliberately wrong rules (among them the rules of
 * revision 1 that issue 10 found wrong) are caught with a minimal counterexample.
 */
class GradeApproachSystemProperties {

  private static Validation validate(List<? extends PropertyGroup<?>> groups) {
    return PropertyValidator.create().validate("GRADE", groups);
  }

  private static Map<String, PropertyResult> byName(PropertyGroup<?> group) {
    return validate(List.of(group)).properties().stream().collect(Collectors.toMap(PropertyResult::name, Function.identity()));
  }

  @Test
  void everyPropertyHoldsUnderGradesDefaultPolicy() {
    Validation validation = validate(new GradeApproachSystem().properties(PropertyBounds.defaults()));

    assertTrue(validation.holds(), () -> validation.failures().toString());
    assertEquals(36, validation.properties().size());
    // 3 designs x 4^5 concerns x 3 effect sizes x 2 x 2; profiles of 1 to 5 of 19 kinds; 2 x 8 x 3 x 3^5 directions;
    // 2 x 2 x 5 x 8 x 5 x 3 x 3 x 2 strengths; 6 x 3 x 455 situations; 2^5 verdicts; texts of 0 to 5 of 11 characters.
    assertEquals(Map.of(36_864L, 10L, 42_503L, 9L, 11_664L, 4L, 14_400L, 4L, 8_190L, 3L, 32L, 2L, 177_156L, 4L),
        validation.properties().stream().collect(Collectors.groupingBy(PropertyResult::cases, Collectors.counting())));
    assertTrue(validation.properties().stream().anyMatch(p -> p.name().equals("rated-down-evidence-is-not-rated-up-by-default")));
  }

  @Test
  void everyPropertyHoldsWhenRatingUpCountsByDefault() {
    Validation validation = validate(List.of(OutcomeRatingPropertySet.of(UpgradePolicy.ALWAYS)));

    assertTrue(validation.holds(), () -> validation.failures().toString());
    assertTrue(validation.properties().stream().anyMatch(p -> p.name().equals("rating-up-offsets-rating-down")));
  }

  /** Multisets of the 19 kinds of 1 to N outcomes. */
  @ParameterizedTest
  @CsvSource({"1, 19", "2, 209", "3, 1539"})
  void theOverallCertaintyHoldsOverSmallerProfilesToo(int maxOutcomes, long cases) {
    Validation validation = validate(List.of(OverallCertaintyPropertySet.of(maxOutcomes)));
    assertTrue(validation.holds(), () -> validation.failures().toString());
    validation.properties().forEach(result -> assertEquals(cases, result.cases(), result.name()));
  }

  private static int levelsDown(Outcome outcome) {
    int down = 0;
    for (Domain domain : Domain.values()) {
      down += domain.concernOf(outcome).levels();
    }
    return down;
  }

  private static RatedOutcome rated(Outcome outcome, int rank, int down, int up) {
    Certainty certainty = Certainty.ofRank(rank);
    return RatedOutcome.builder().outcome(outcome).permitted(PermittedCertainty.only(certainty)).levelsDown(down).levelsUp(up)
        .withoutUpgrades(certainty).withUpgrades(certainty).upgradesDiscretionary(false).build();
  }

  private static int start(Outcome outcome) {
    return outcome.design().orElseThrow() == StudyDesign.OBSERVATIONAL ? Certainty.LOW.rank() : Certainty.HIGH.rank();
  }

  /** Bounds the certainty after every level instead of once at the end. */
  private static final Rule<Outcome, RatedOutcome> BOUNDS_EVERY_STEP = WrongRules.of("bounds-every-step", outcome -> {
    int down = levelsDown(outcome);
    int up = UpgradeFactor.claimedLevels(outcome);
    int rank = Math.min(Certainty.HIGH.rank(), Math.max(Certainty.VERY_LOW.rank(), start(outcome) - down) + up);
    return rated(outcome, rank, down, up);
  });

  /** Revision 1: any rating down withholds every upgrade, even for ROBINS-I, and nothing else is permitted. */
  private static final Rule<Outcome, RatedOutcome> WITHHOLDS_EVERY_UPGRADE = WrongRules.of("withholds-every-upgrade", outcome -> {
    int down = levelsDown(outcome);
    int up = down > 0 ? 0 : UpgradeFactor.claimedLevels(outcome);
    return rated(outcome, Math.max(Certainty.VERY_LOW.rank(), Math.min(Certainty.HIGH.rank(), start(outcome) - down + up)), down, up);
  });

  @Test
  void catchesARatingThatBoundsAfterEveryStep() {
    Map<String, PropertyResult> results = byName(OutcomeRatingPropertySet.of(UpgradePolicy.ALWAYS, BOUNDS_EVERY_STEP));

    assertEquals("[OBSERVATIONAL riskOfBias=VERY_SERIOUS plausibleConfounding]: LOW, but [OBSERVATIONAL riskOfBias=SERIOUS]:"
        + " VERY_LOW", results.get("rating-up-offsets-rating-down").counterexamples().get(0));
    assertTrue(results.get("rating-down-never-raises").holds());
  }

  @Test
  void catchesARatingThatWithholdsEveryUpgradeAfterAnyRatingDownEvenForRobinsI() {
    Map<String, PropertyResult> results = byName(OutcomeRatingPropertySet.of(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, WITHHOLDS_EVERY_UPGRADE));

    assertEquals("[RANDOMIZED riskOfBias=SERIOUS plausibleConfounding]: [MODERATE], not [HIGH, MODERATE]",
        results.get("rating-up-after-rating-down-is-permitted-both-ways").counterexamples().get(0));
    assertEquals("[NON_RANDOMIZED_ROBINS_I riskOfBias=SERIOUS plausibleConfounding]: [MODERATE], 0 levels up",
        results.get("robins-i-risk-of-bias-never-withholds-an-upgrade").counterexamples().get(0));
    assertTrue(results.get("determinism").holds());
  }

  private static OverallRating lowestOf(List<OutcomeCertainty> outcomes) {
    OutcomeCertainty lowest = outcomes.stream().min(Comparator.comparingInt(counted -> counted.permitted().byDefault().rank())).orElseThrow();
    return OverallRating.builder().permitted(PermittedCertainty.only(lowest.permitted().byDefault())).decidedBy(lowest.outcome().id()).build();
  }

  private static List<OutcomeCertainty> critical(List<OutcomeCertainty> profile) {
    return profile.stream().filter(counted -> counted.outcome().critical()).toList();
  }

  /**
   * Revision 1: the highest of several critical outcomes whenever all favor the same alternative,
   * sufficient alone or not (otherwise as the rule is now).
   */
  private static final Rule<List<OutcomeCertainty>, Optional<OverallRating>> HIGHEST_WHEN_ALL_FAVOR_ONE_SIDE =
      WrongRules.of("highest-when-all-favor-one-side", profile -> {
        List<OutcomeCertainty> critical = critical(profile);
        Optional<Favors> side = Favors.commonSide(critical.stream().map(counted -> counted.outcome().favors()).toList());
        if (side.isEmpty() || critical.size() < 2) {
          return OverallCertainty.rule().apply(profile).value();
        }
        OutcomeCertainty highest = critical.stream().max(Comparator.comparingInt(counted -> counted.permitted().byDefault().rank())).orElseThrow();
        return Optional.of(OverallRating.builder().permitted(PermittedCertainty.only(highest.permitted().byDefault()))
            .decidedBy(highest.outcome().id()).build());
      });

  /** The lowest of all outcomes, critical or not. */
  private static final Rule<List<OutcomeCertainty>, Optional<OverallRating>> COUNTS_EVERY_OUTCOME =
      WrongRules.of("counts-every-outcome", profile -> critical(profile).isEmpty() ? Optional.empty() : Optional.of(lowestOf(profile)));

  @Test
  void catchesTheOverallCertaintyOfRevisionOneTheHighestWhenAllFavorOneSide() {
    Map<String, PropertyResult> results = byName(OverallCertaintyPropertySet.of(3, HIGHEST_WHEN_ALL_FAVOR_ONE_SIDE));

    assertEquals("[HIGH 9 INTERVENTION, MODERATE 9 INTERVENTION]: [HIGH], not the lowest [MODERATE]",
        results.get("never-above-the-highest-and-the-lowest-unless-a-sufficient-alone-outcome-is-marked").counterexamples().get(0));
    assertTrue(results.get("only-critical-outcomes-count").holds());
  }

  @Test
  void catchesAnOverallCertaintyThatCountsOutcomesThatAreNotCritical() {
    Map<String, PropertyResult> results = byName(OverallCertaintyPropertySet.of(3, COUNTS_EVERY_OUTCOME));

    assertEquals("[HIGH 9 INTERVENTION, VERY_LOW 5 -]: Optional[VERY_LOW [VERY_LOW]], but with the critical outcomes only"
        + " [HIGH 9 INTERVENTION]: Optional[HIGH [HIGH]]", results.get("only-critical-outcomes-count").counterexamples().get(0));
    assertEquals("[HIGH 9 INTERVENTION, VERY_LOW 5 -]: VERY_LOW decided by o2, not the lowest, HIGH",
        results.get("the-default-is-the-lowest-critical-outcome").counterexamples().get(0));
  }

  @Test
  void catchesADirectionCheckThatIgnoresThePanelsOtherCriteria() {
    Rule<DirectionBasis, DirectionVerdict> balanceOnly = WrongRules.of("balance-only", basis -> {
      DirectionVerdict real = DirectionCheck.rule().apply(basis).value();
      return real == DirectionVerdict.EXPLAINED ? DirectionVerdict.CONTRADICTS : real;
    });
    Map<String, PropertyResult> results = byName(DirectionPropertySet.of(balanceOnly));

    assertEquals("[AGAINST evidence=INTERVENTION feasibility=NO]: CONTRADICTS, not EXPLAINED",
        results.get("opposite-is-a-contradiction-unless-another-criterion-favors-it").counterexamples().get(0));
    assertTrue(results.get("follows-the-balance-else-the-evidence").holds());
  }

  @Test
  void catchesWarningsAboutAStrongRecommendationInASatisfiedParadigm() {
    Rule<StrengthJudgment, ImmutableMap<DiscordantPattern, String>> ignoresParadigms = WrongRules.of("ignores-paradigms",
        judgment -> Discordance.rule().apply(judgment.withParadigmSatisfied(false)).value());
    Map<String, PropertyResult> results = byName(DiscordancePropertySet.of(ignoresParadigms));

    assertEquals("[STRONG FOR LOW paradigm]: [LOW_CERTAINTY]",
        results.get("strong-is-never-warned-about-when-a-satisfied-paradigm-is-declared").counterexamples().get(0));
    assertTrue(results.get("more-certainty-never-adds-a-warning").holds());
  }

  @Test
  void catchesRevisionOnesParadigmaticSituationsEveryDeclaredOneHolding() {
    Rule<ParadigmClaim, Boolean> anyDeclared = WrongRules.of("any-declared", claim -> claim.situation().declared());
    Map<String, PropertyResult> results = byName(ParadigmPropertySet.of(anyDeclared));

    assertEquals("[LIFE_THREATENING AGAINST: ]: holds",
        results.get("each-situation-holds-exactly-when-its-pattern-and-direction-do").counterexamples().get(0));
    assertTrue(results.get("the-deprecated-name-is-situation-4").holds());
  }

  @Test
  void catchesAGoodPracticeVerdictThatSettlesForFourCriteria() {
    Rule<GoodPracticeCriteria, Boolean> fourWillDo = WrongRules.of("four-will-do", criteria -> criteria.unmet().size() <= 1);
    Map<String, PropertyResult> results = byName(GoodPracticePropertySet.of(fourWillDo));

    assertEquals("[not met: necessary]: good practice", results.get("good-practice-exactly-when-all-five-are-met").counterexamples().get(0));
  }

  @Test
  void catchesASymbolReaderThatMindsTheSpaces() {
    Function<String, Optional<Certainty>> mindsSpaces = text -> text.contains(" ") ? Optional.empty() : CertaintySymbol.parse(text);
    Map<String, PropertyResult> results = byName(CertaintySymbolPropertySet.of(mindsSpaces));

    assertEquals("\"⊕⊕⊕⊕ \": Optional.empty, but without spaces Optional[HIGH]", results.get("spaces-never-matter").counterexamples().get(0));
    assertTrue(results.get("filled-circles-are-the-level").holds());
  }

  @Test
  void catchesASymbolReaderThatKnowsOnlyTheOldEmptyCircles() {
    Function<String, Optional<Certainty>> oldCircles = text -> text.matches(".*[〇⊝⊖].*") ? Optional.empty() : CertaintySymbol.parse(text);
    Map<String, PropertyResult> results = byName(CertaintySymbolPropertySet.of(oldCircles));

    assertEquals("\"⊕⊕⊕〇\": not read", results.get("reads-exactly-four-circles-filled-first").counterexamples().get(0));
  }
}
