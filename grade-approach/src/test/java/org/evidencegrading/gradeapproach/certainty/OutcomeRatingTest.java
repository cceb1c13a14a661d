package org.evidencegrading.gradeapproach.certainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.LargeEffect;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.properties.Cases;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.TraceRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class OutcomeRatingTest {

  private static final OutcomeRating DEFAULT = OutcomeRating.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN);
  private static final OutcomeRating ALWAYS = OutcomeRating.rule(UpgradePolicy.ALWAYS);

  /**
   * Every row of the rating-down table: each design (high, high, low to start) with each concern in
   * each domain, the other domains not serious; the expected certainty written out, not computed.
   */
  static Stream<Arguments> everyDesignDomainAndConcern() {
    Stream.Builder<Arguments> rows = Stream.builder();
    for (Domain domain : Domain.values()) {
      for (StudyDesign design : List.of(StudyDesign.RANDOMIZED, StudyDesign.NON_RANDOMIZED_ROBINS_I)) {
        rows.add(Arguments.of(design, domain, Concern.NOT_SERIOUS, Certainty.HIGH, "high (4) - 0 + 0 = 4: high"));
        rows.add(Arguments.of(design, domain, Concern.SERIOUS, Certainty.MODERATE, "high (4) - 1 + 0 = 3: moderate"));
        rows.add(Arguments.of(design, domain, Concern.VERY_SERIOUS, Certainty.LOW, "high (4) - 2 + 0 = 2: low"));
        rows.add(Arguments.of(design, domain, Concern.EXTREMELY_SERIOUS, Certainty.VERY_LOW, "high (4) - 3 + 0 = 1: very low"));
      }
      rows.add(Arguments.of(StudyDesign.OBSERVATIONAL, domain, Concern.NOT_SERIOUS, Certainty.LOW, "low (2) - 0 + 0 = 2: low"));
      rows.add(Arguments.of(StudyDesign.OBSERVATIONAL, domain, Concern.SERIOUS, Certainty.VERY_LOW, "low (2) - 1 + 0 = 1: very low"));
      rows.add(Arguments.of(StudyDesign.OBSERVATIONAL, domain, Concern.VERY_SERIOUS, Certainty.VERY_LOW,
          "low (2) - 2 + 0 = 0, below very low: bounded at very low: very low"));
      rows.add(Arguments.of(StudyDesign.OBSERVATIONAL, domain, Concern.EXTREMELY_SERIOUS, Certainty.VERY_LOW,
          "low (2) - 3 + 0 = -1, below very low: bounded at very low: very low"));
    }
    return rows.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @MethodSource("everyDesignDomainAndConcern")
  void ratesDownByTheConcernInEachDomain(StudyDesign design, Domain domain, Concern concern, Certainty expected, String arithmetic) {
    Derivation<RatedOutcome> rating = DEFAULT.apply(domain.with(Cases.outcome(design), concern));

    assertEquals(expected, rating.value().certainty());
    assertEquals(concern.levels(), rating.value().levelsDown());
    Step step = rating.trace().steps().get(1 + domain.ordinal());
    assertEquals(RatingDown.ID, step.rule());
    assertEquals(domain.field(), step.inputs().get("domain"));
    assertEquals(concern.name(), step.inputs().get("concern"));
    assertEquals(concern == Concern.NOT_SERIOUS ? "not rated down" : "rated down " + concern.levels() + (concern.levels() == 1 ? " level" : " levels"),
        step.outcome());
    assertEquals(arithmetic, rating.step().reason());
    assertEquals(expected.name(), rating.step().outcome());
  }

  @Test
  void theLevelsOfAllDomainsAddUp() {
    Outcome outcome = Cases.outcome(StudyDesign.RANDOMIZED).withRiskOfBias(Concern.SERIOUS).withImprecision(Concern.SERIOUS);
    Derivation<RatedOutcome> rating = DEFAULT.apply(outcome);

    assertEquals(Certainty.LOW, rating.value().certainty());
    assertEquals(List.of(
            "randomized trials start as high certainty -> HIGH",
            "risk of bias: serious concern, rated down 1 level -> rated down 1 level",
            "inconsistency: no serious concern -> not rated down",
            "indirectness: no serious concern -> not rated down",
            "imprecision: serious concern, rated down 1 level -> rated down 1 level",
            "publication bias: no serious concern -> not rated down",
            "no large effect, dose-response gradient or plausible residual confounding -> not rated up",
            "high (4) - 2 + 0 = 2: low -> LOW"),
        TraceRenderer.lines(rating.trace()));
  }

  @ParameterizedTest(name = "observational, {0} {1} {2}: {3}")
  @CsvSource({
    "LARGE, false, false, MODERATE, low (2) - 0 + 1 = 3: moderate",
    "VERY_LARGE, false, false, HIGH, low (2) - 0 + 2 = 4: high",
    "NONE, true, false, MODERATE, low (2) - 0 + 1 = 3: moderate",
    "NONE, false, true, MODERATE, low (2) - 0 + 1 = 3: moderate",
    "LARGE, true, false, HIGH, low (2) - 0 + 2 = 4: high",
    "VERY_LARGE, true, true, HIGH, 'low (2) - 0 + 4 = 6, above high: bounded at high: high'",
  })
  void ratesUpObservationalEvidenceWithoutReasonsToRateDown(
      LargeEffect effect, boolean dose, boolean confounding, Certainty expected, String arithmetic) {
    Outcome outcome = Cases.outcome(StudyDesign.OBSERVATIONAL)
        .withLargeEffect(effect).withDoseResponse(dose).withPlausibleConfounding(confounding);
    Derivation<RatedOutcome> rating = DEFAULT.apply(outcome);

    assertEquals(expected, rating.value().certainty());
    assertEquals(arithmetic, rating.step().reason());
    assertFalse(rating.value().upgradesWithheld());
  }

  @Test
  void eachFactorForRatingUpIsAStepThenWhetherTheyCount() {
    Outcome outcome = Cases.outcome(StudyDesign.OBSERVATIONAL)
        .withLargeEffect(LargeEffect.VERY_LARGE).withDoseResponse(true).withPlausibleConfounding(true);
    List<Step> up = DEFAULT.apply(outcome).trace().steps().stream().filter(step -> step.rule().equals(RatingUp.ID)).toList();

    assertEquals(List.of(
            "very large effect: a reason to rate up 2 levels",
            "dose-response gradient: a reason to rate up 1 level",
            "plausible residual confounding: a reason to rate up 1 level",
            "rated up 4 levels: no domain rated the evidence down"),
        up.stream().map(Step::reason).toList());
    assertEquals(List.of("largeEffect", "doseResponse", "plausibleConfounding"),
        up.subList(0, 3).stream().map(step -> step.inputs().get("factor")).toList());
  }

  @Test
  void randomizedEvidenceRatedUpStaysHighAndTheTraceSaysWhy() {
    Derivation<RatedOutcome> rating = DEFAULT.apply(Cases.outcome(StudyDesign.RANDOMIZED).withLargeEffect(LargeEffect.LARGE));

    assertEquals(Certainty.HIGH, rating.value().certainty());
    assertEquals(1, rating.value().levelsUp());
    assertEquals("large effect: a reason to rate up 1 level", rating.trace().steps().get(6).reason());
    assertEquals("high (4) - 0 + 1 = 5, above high: bounded at high: high", rating.step().reason());
    assertTrue(rating.value().permitted().alternatives().isEmpty());
  }

  @Test
  void ratingUpEvidenceAlsoRatedDownIsPermittedCountedAndNotCountedNotCountedByDefault() {
    Outcome outcome = Cases.outcome(StudyDesign.OBSERVATIONAL).withImprecision(Concern.SERIOUS).withLargeEffect(LargeEffect.LARGE);
    Derivation<RatedOutcome> rating = DEFAULT.apply(outcome);

    assertEquals(Certainty.VERY_LOW, rating.value().certainty());
    assertEquals(0, rating.value().levelsUp());
    assertTrue(rating.value().upgradesWithheld());
    assertTrue(rating.value().upgradesDiscretionary());
    assertEquals(Set.of(Certainty.LOW, Certainty.VERY_LOW), rating.value().permitted().members());
    assertEquals(Map.of(Certainty.LOW, "counting the large effect although the evidence was rated down 1 level"),
        rating.value().permitted().alternatives());
    Step up = rating.trace().steps().get(7);
    assertEquals("discretion: counted or not", up.outcome());
    assertEquals("the evidence was also rated down 1 level, so counting the 1 level is the panel's call (GRADE 18: upgrading"
        + " criteria are \"usually only applicable ... without any reason for rating down\"): both are permitted, and by default"
        + " (policy ONLY_WITHOUT_RATING_DOWN) they are not counted", up.reason());
    assertEquals(OutcomeRating.ID, rating.step().rule());
    assertEquals("VERY_LOW", rating.step().outcome());
    assertEquals("very low by default; low is also permitted, counting the large effect although the evidence was rated down"
        + " 1 level", rating.step().reason());
  }

  @Test
  void randomizedEvidenceRatedDownMayBeRatedUpToo() {
    Outcome outcome = Cases.outcome(StudyDesign.RANDOMIZED).withRiskOfBias(Concern.VERY_SERIOUS).withDoseResponse(true);
    Derivation<RatedOutcome> rating = DEFAULT.apply(outcome);

    assertEquals(Certainty.LOW, rating.value().certainty());
    assertEquals(Set.of(Certainty.MODERATE, Certainty.LOW), rating.value().permitted().members());
  }

  @Test
  void robinsIRiskOfBiasAloneNeverWithholdsAnUpgrade() {
    Outcome outcome = Cases.outcome(StudyDesign.NON_RANDOMIZED_ROBINS_I).withRiskOfBias(Concern.VERY_SERIOUS)
        .withLargeEffect(LargeEffect.LARGE);
    Derivation<RatedOutcome> rating = DEFAULT.apply(outcome);

    assertEquals(Certainty.MODERATE, rating.value().certainty());
    assertFalse(rating.value().upgradesDiscretionary());
    assertTrue(rating.value().permitted().alternatives().isEmpty());
    assertTrue(rating.trace().steps().get(7).reason().startsWith(
        "rated up 1 level: only the risk of bias of non-randomized studies assessed with ROBINS-I rated the evidence down"));
    // another reason to rate down makes it the panel's call again
    assertEquals(Set.of(Certainty.LOW, Certainty.VERY_LOW),
        DEFAULT.apply(outcome.withImprecision(Concern.SERIOUS)).value().permitted().members());
  }

  @Test
  void thePolicyAlwaysCountsRatingUpByDefaultAndPermitsNotCounting() {
    Outcome outcome = Cases.outcome(StudyDesign.OBSERVATIONAL).withImprecision(Concern.SERIOUS).withLargeEffect(LargeEffect.LARGE);
    Derivation<RatedOutcome> rating = ALWAYS.apply(outcome);

    assertEquals(Certainty.LOW, rating.value().certainty());
    assertFalse(rating.value().upgradesWithheld());
    assertEquals(Map.of(Certainty.VERY_LOW, "not counting the large effect of evidence rated down, as GRADE usually does"),
        rating.value().permitted().alternatives());
    assertTrue(rating.trace().steps().get(7).reason().endsWith("by default (policy ALWAYS) they are counted"));
  }

  @Test
  void levelsAreAddedUpBeforeTheBoundsAreApplied() {
    Outcome outcome = Cases.outcome(StudyDesign.OBSERVATIONAL)
        .withRiskOfBias(Concern.EXTREMELY_SERIOUS).withLargeEffect(LargeEffect.VERY_LARGE);
    Derivation<RatedOutcome> rating = ALWAYS.apply(outcome);

    // Bounded after each step it would be very low, then moderate; GRADE adds the levels up: 2 - 3 + 2.
    assertEquals(Certainty.VERY_LOW, rating.value().certainty());
    assertEquals(Certainty.VERY_LOW, rating.value().withUpgrades());
    assertTrue(rating.value().permitted().alternatives().isEmpty(), "both ways very low: nothing else is permitted");
    assertEquals("low (2) - 3 + 2 = 1: very low", rating.step().reason());
  }

  @Test
  void anOutcomeWithoutEvidenceIsNotRated() {
    Outcome none = Outcome.builder().id("mortality").name("Mortality").importance(9).noEvidence(true).build();
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> DEFAULT.apply(none));
    assertEquals("outcome mortality has no evidence, so no certainty", thrown.getMessage());
  }

  @Test
  void ratingUpRulesAreOnePerPolicy() {
    assertEquals(UpgradePolicy.ALWAYS, RatingUp.rule(UpgradePolicy.ALWAYS).policy());
    assertEquals(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, RatingUp.rule(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN).policy());
    assertEquals(RatingUp.ID, RatingUp.rule(UpgradePolicy.ALWAYS).id());
    assertEquals(OutcomeRating.ID, DEFAULT.id());
    assertEquals(UpgradePolicy.ONLY_WITHOUT_RATING_DOWN, UpgradePolicy.DEFAULT);
  }
}
