package org.evidencegrading.gradeapproach.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.GradeApproachSystem;
import org.evidencegrading.gradeapproach.certainty.OutcomeRating;
import org.evidencegrading.gradeapproach.certainty.OverallBasis;
import org.evidencegrading.gradeapproach.certainty.OverallRating;
import org.evidencegrading.gradeapproach.certainty.RatedOutcome;
import org.evidencegrading.gradeapproach.certainty.UpgradePolicy;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.GoodPracticeCriteria;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.strength.EvidenceToDecision;
import org.evidencegrading.gradeapproach.strength.StrengthAndDirection;
import org.evidencegrading.gradeapproach.strength.StrengthBasis;
import org.evidencegrading.gradeapproach.symbols.CertaintySymbol;
import org.evidencegrading.properties.PropertyBounds;
import org.evidencegrading.properties.PropertyGroup;
import org.evidencegrading.properties.PropertyResult;
import org.evidencegrading.properties.PropertyValidator;
import org.evidencegrading.properties.Validation;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GRADE rules checked exhaustively against their properties under both policies for rating up,
 * and the proof that the check has teeth: deliberately wrong rules are caught with a minimal
 * counterexample.
 */
class GradeApproachSystemProperties {

  private static Validation validate(List<? extends PropertyGroup<?>> groups) {
    return PropertyValidator.create().validate("GRADE", groups);
  }

  private static Map<String, PropertyResult> byName(PropertyGroup<?> group) {
    return validate(List.of(group)).properties().stream().collect(Collectors.toMap(PropertyResult::name, Function.identity()));
  }

  private static <I, O> Rule<I, O> wrong(String id, Function<I, O> value) {
    return new Rule<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String source() {
        return "a deliberately wrong rule";
      }

      @Override
      public Derivation<O> apply(I input) {
        O wrong = value.apply(input);
        return Derivation.of(wrong, step().outcome(String.valueOf(wrong)).reason("wrong on purpose").build());
      }
    };
  }

  @Test
  void everyPropertyHoldsUnderGradesDefaultPolicy() {
    Validation validation = validate(new GradeApproachSystem().properties(PropertyBounds.defaults()));

    assertTrue(validation.holds(), () -> validation.failures().toString());
    assertEquals(28, validation.properties().size());
    // 3 designs x 4^5 concerns x 3 effect sizes x 2 x 2; profiles of 1 to 5 of 18 kinds with a critical one;
    // 5 x 3 x 6 x 4 judgments; 2^5 verdicts; texts of 0 to 5 of 8 characters.
    assertEquals(Map.of(36_864L, 8L, 33_628L, 8L, 360L, 6L, 32L, 2L, 37_449L, 4L),
        validation.properties().stream().collect(Collectors.groupingBy(PropertyResult::cases, Collectors.counting())));
    assertTrue(validation.properties().stream().anyMatch(p -> p.name().equals("rated-down-evidence-is-not-rated-up")));
  }

  @Test
  void everyPropertyHoldsWhenRatingUpAlwaysCounts() {
    Validation validation = validate(new GradeApproachSystem(UpgradePolicy.ALWAYS).properties(PropertyBounds.defaults()));

    assertTrue(validation.holds(), () -> validation.failures().toString());
    assertTrue(validation.properties().stream().anyMatch(p -> p.name().equals("rating-up-offsets-rating-down")));
  }

  /** Multisets of the 18 kinds of 1 to N outcomes, less those of the 2 non-critical kinds only. */
  @ParameterizedTest
  @CsvSource({"1, 16", "2, 184", "3, 1320", "4, 7300"})
  void theOverallCertaintyHoldsOverSmallerProfilesToo(int maxOutcomes, long cases) {
    Validation validation = validate(List.of(OverallCertaintyPropertySet.of(maxOutcomes)));
    assertTrue(validation.holds(), () -> validation.failures().toString());
    validation.properties().forEach(result -> assertEquals(cases, result.cases(), result.name()));
  }

  /** Bounds the certainty after every level instead of once at the end. */
  private static final Rule<Outcome, RatedOutcome> BOUNDS_EVERY_STEP = wrong("bounds-every-step", outcome -> {
    int rank = outcome.design() == StudyDesign.OBSERVATIONAL ? Certainty.LOW.rank() : Certainty.HIGH.rank();
    int down = 0;
    for (Domain domain : Domain.values()) {
      down += domain.concernOf(outcome).levels();
    }
    rank = Math.max(Certainty.VERY_LOW.rank(), rank - down);
    int up = UpgradeFactor.claimedLevels(outcome);
    rank = Math.min(Certainty.HIGH.rank(), rank + up);
    return RatedOutcome.builder().outcome(outcome).certainty(Certainty.ofRank(rank)).levelsDown(down).levelsUp(up).build();
  });

  @Test
  void catchesARatingThatBoundsAfterEveryStep() {
    Map<String, PropertyResult> results = byName(OutcomeRatingPropertySet.of(UpgradePolicy.ALWAYS, BOUNDS_EVERY_STEP));

    assertEquals("[OBSERVATIONAL riskOfBias=VERY_SERIOUS plausibleConfounding]: LOW, but [OBSERVATIONAL riskOfBias=SERIOUS]:"
        + " VERY_LOW", results.get("rating-up-offsets-rating-down").counterexamples().get(0));
    assertTrue(results.get("rating-down-never-raises").holds());
  }

  @Test
  void catchesARatingThatRatesUpEvidenceRatedDownUnderTheDefaultPolicy() {
    Map<String, PropertyResult> results =
        byName(OutcomeRatingPropertySet.of(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, OutcomeRating.rule(UpgradePolicy.ALWAYS)));

    assertEquals("[RANDOMIZED riskOfBias=SERIOUS plausibleConfounding]: HIGH, but without rating up [RANDOMIZED"
        + " riskOfBias=SERIOUS]: MODERATE", results.get("rated-down-evidence-is-not-rated-up").counterexamples().get(0));
    assertTrue(results.get("determinism").holds());
  }

  /** Always the lowest critical outcome. */
  private static final Rule<List<RatedOutcome>, OverallRating> ALWAYS_LOWEST = wrong("always-lowest", profile -> {
    RatedOutcome lowest = profile.stream().filter(rated -> rated.outcome().critical())
        .min(Comparator.comparingInt(rated -> rated.certainty().rank())).orElseThrow();
    return OverallRating.builder().certainty(lowest.certainty()).basis(OverallBasis.LOWEST).decidedBy(lowest.outcome().id()).build();
  });

  /** The lowest of all outcomes, critical or not. */
  private static final Rule<List<RatedOutcome>, OverallRating> COUNTS_EVERY_OUTCOME = wrong("counts-every-outcome", profile -> {
    RatedOutcome lowest = profile.stream().min(Comparator.comparingInt(rated -> rated.certainty().rank())).orElseThrow();
    return OverallRating.builder().certainty(lowest.certainty()).basis(OverallBasis.LOWEST).decidedBy(lowest.outcome().id()).build();
  });

  @Test
  void catchesAnOverallCertaintyThatIgnoresTheDirectionOfTheOutcomes() {
    Map<String, PropertyResult> results = byName(OverallCertaintyPropertySet.of(5, ALWAYS_LOWEST));

    assertEquals("[HIGH 9 INTERVENTION, MODERATE 9 INTERVENTION]: MODERATE, not the highest, HIGH",
        results.get("highest-when-all-favor-the-same-alternative").counterexamples().get(0));
    assertTrue(results.get("lowest-unless-all-favor-the-same-alternative").holds());
    assertTrue(results.get("only-critical-outcomes-count").holds());
  }

  @Test
  void catchesAnOverallCertaintyThatCountsOutcomesThatAreNotCritical() {
    Map<String, PropertyResult> results = byName(OverallCertaintyPropertySet.of(5, COUNTS_EVERY_OUTCOME));

    assertEquals("[HIGH 9 INTERVENTION, VERY_LOW 5 -]: VERY_LOW, but with the critical outcomes only [HIGH 9 INTERVENTION]: HIGH",
        results.get("only-critical-outcomes-count").counterexamples().get(0));
    assertEquals("[HIGH 9 INTERVENTION, VERY_LOW 5 -]: VERY_LOW decided by o2",
        results.get("decided-by-a-critical-outcome").counterexamples().get(0));
  }

  @Test
  void catchesAStrengthThatIgnoresParadigmaticSituations() {
    Rule<StrengthBasis, StrengthAndDirection> ignoresSituations = wrong("ignores-situations", basis -> {
      StrengthAndDirection real = EvidenceToDecision.rule().apply(basis).value();
      boolean allThree = basis.decision().balance().clearly() && basis.certainty().atLeast(Certainty.MODERATE)
          && basis.decision().valuesVariability().ordinal() == 0;
      return StrengthAndDirection.of(allThree ? Strength.STRONG : Strength.CONDITIONAL, real.direction());
    });
    Map<String, PropertyResult> results = byName(EvidenceToDecisionPropertySet.of(ignoresSituations));

    assertEquals("[CLEARLY_FAVORS_INTERVENTION NO_IMPORTANT LIFE_THREATENING LOW]: CONDITIONAL FOR",
        results.get("every-paradigmatic-situation-makes-low-certainty-strong").counterexamples().get(0));
    assertTrue(results.get("direction-follows-the-balance").holds());
  }

  @Test
  void catchesAGoodPracticeVerdictThatSettlesForFourCriteria() {
    Rule<GoodPracticeCriteria, Boolean> fourWillDo = wrong("four-will-do", criteria -> criteria.unmet().size() <= 1);
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
}
