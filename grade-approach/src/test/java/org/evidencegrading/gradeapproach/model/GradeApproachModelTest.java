package org.evidencegrading.gradeapproach.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencegrading.io.DocumentFormat;
import org.evidencegrading.io.GuidelineReader;
import org.evidencegrading.io.Mappers;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Direction;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.testing.RoundTrip;
import org.evidencegrading.testing.TestResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeApproachModelTest {

  static final Guideline GUIDELINE = GuidelineReader.read(TestResources.path(GradeApproachModelTest.class, "guideline.yaml"));
  static final GradeApproachRecommendation GRADED = (GradeApproachRecommendation) GUIDELINE.questions().get(0).recommendations().get(0);
  static final GradeApproachRecommendation GOOD_PRACTICE = (GradeApproachRecommendation) GUIDELINE.questions().get(0).recommendations().get(1);
  static final GradeApproachRecommendation DECLINED = (GradeApproachRecommendation) GUIDELINE.questions().get(0).recommendations().get(2);
  static final GradeApproachRecommendation WITHOUT_OUTCOMES = (GradeApproachRecommendation) GUIDELINE.questions().get(0).recommendations().get(3);

  @Test
  void readsEveryField() {
    Outcome pain = GRADED.outcomes().get(0);
    assertEquals(Optional.of(StudyDesign.NON_RANDOMIZED_ROBINS_I), pain.design());
    assertEquals(Optional.of(Concern.EXTREMELY_SERIOUS), pain.publicationBias());
    assertEquals(LargeEffect.VERY_LARGE, pain.largeEffect());
    assertEquals(Optional.of(Favors.INTERVENTION), pain.favors());
    assertEquals(Optional.of(Certainty.VERY_LOW), pain.published().flatMap(OutcomePublished::certainty));
    assertEquals(Optional.of("⨁◯◯◯"), pain.published().flatMap(OutcomePublished::certaintySymbol));
    assertTrue(pain.sufficientAlone());
    assertEquals(Map.of("riskOfBias", "confounding by indication in both cohorts", "publicationBias", "funnel plot asymmetry"),
        pain.reasons());
    assertEquals(List.of("importance"), pain.inferred());
    assertTrue(pain.isInferred("importance"));
    assertEquals(Optional.of(1234), pain.participants());
    assertEquals(Optional.of(5), pain.studyCount());
    assertEquals(Optional.of("1 month"), pain.followUp());
    assertEquals(Optional.of(Effect.builder().measure(EffectMeasure.RR).estimate(0.80).ciLow(0.65).ciHigh(0.98).build()), pain.effect());
    assertEquals(Optional.of(0.12), pain.baselineRisk());
    assertEquals(Optional.of("Two of five trials were stopped early."), pain.comment());
    assertEquals(Optional.of("⊕ ⊕ OO"), GRADED.published().flatMap(GradeApproachPublished::certaintySymbol));
    assertEquals(ParadigmaticSituation.UNCERTAIN_BENEFIT_CERTAIN_HARM, GRADED.decision().orElseThrow().paradigmaticSituation());
    assertEquals(Optional.of(Direction.AGAINST), GOOD_PRACTICE.published().flatMap(GradeApproachPublished::direction));
    assertEquals(List.of("direction"), GRADED.published().orElseThrow().inferred());
    assertEquals(List.of("netBenefitClear"), GOOD_PRACTICE.goodPractice().orElseThrow().inferred());
  }

  @Test
  void readsAnOutcomeWithoutEvidence() {
    Outcome mortality = GRADED.outcomes().get(1);
    assertTrue(mortality.noEvidence());
    assertTrue(mortality.critical());
    assertEquals(List.of(), mortality.studies());
    assertEquals(Optional.empty(), mortality.design());
    assertEquals(Optional.empty(), Domain.RISK_OF_BIAS.judgmentOf(mortality));
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Domain.IMPRECISION.concernOf(mortality));
    assertEquals("outcome mortality has no evidence, so no imprecision judgment", thrown.getMessage());
  }

  @Test
  void readsEveryEvidenceToDecisionCriterion() {
    Decision decision = GRADED.decision().orElseThrow();
    assertEquals(Optional.of(YesNoJudgment.YES), decision.priority(), "YAML 1.1 reads YES as a boolean");
    assertEquals(Optional.of(EffectMagnitude.MODERATE), decision.desirableEffects());
    assertEquals(Optional.of(EffectMagnitude.SMALL), decision.undesirableEffects());
    assertEquals(Optional.of(ValuesVariability.POSSIBLY_IMPORTANT), decision.valuesVariability());
    assertEquals(Optional.of(Balance.PROBABLY_FAVORS_INTERVENTION), decision.balance());
    assertEquals(Optional.of(ResourceRequirements.NEGLIGIBLE_COSTS_AND_SAVINGS), decision.resources());
    assertEquals(Optional.of(ResourcesCertainty.NO_INCLUDED_STUDIES), decision.resourcesCertainty());
    assertEquals(Optional.of(CostEffectiveness.DOES_NOT_FAVOR_EITHER), decision.costEffectiveness());
    assertEquals(Optional.of(Equity.PROBABLY_NO_IMPACT), decision.equity());
    assertEquals(Optional.of(YesNoJudgment.NO), decision.acceptability());
    assertEquals(Optional.of(YesNoJudgment.DONT_KNOW), decision.feasibility());
    assertEquals(Map.of("balance", "a small benefit, harms rare"), decision.reasons());
    assertEquals(List.of("priority", "equity"), decision.inferred());
  }

  @Test
  void readsAPanelThatDeclinedAndARecommendationWithoutOutcomes() {
    GradeApproachPublished declined = DECLINED.published().orElseThrow();
    assertTrue(declined.declined());
    assertEquals(Optional.of(List.of(Certainty.VERY_LOW, Certainty.LOW)), declined.certaintyRange());
    assertEquals("the evidence was too uncertain to recommend for or against", declined.reasons().get("noRecommendation"));
    assertEquals(RecommendationKind.NO_RECOMMENDATION, DECLINED.kind());
    assertEquals(RecommendationKind.RECOMMENDATION, WITHOUT_OUTCOMES.kind());
    assertTrue(WITHOUT_OUTCOMES.outcomes().isEmpty());
  }

  @Test
  void aCertaintyRangeIsTwoLevelsTheLowerFirstAndNotBesideACertainty() {
    GradeApproachPublished.Builder reversed = GradeApproachPublished.builder().certaintyRange(ImmutableList.of(Certainty.MODERATE, Certainty.LOW));
    IllegalStateException thrown = assertThrows(IllegalStateException.class, reversed::build);
    assertEquals("a certaintyRange is two different levels, the lower first, e.g. [LOW, MODERATE], not [MODERATE, LOW]", thrown.getMessage());
    assertThrows(IllegalStateException.class, () -> OutcomePublished.builder().certaintyRange(ImmutableList.of(Certainty.LOW)).build());
    IllegalStateException both = assertThrows(IllegalStateException.class, () -> OutcomePublished.builder()
        .certainty(Certainty.LOW).certaintyRange(ImmutableList.of(Certainty.LOW, Certainty.MODERATE)).build());
    assertEquals("give certainty or certaintyRange, not both", both.getMessage());
    assertThrows(IllegalStateException.class, () -> OutcomePublished.builder().build());
  }

  @Test
  void anOutcomeWithEvidenceIsRatedAndOneWithoutIsNot() {
    IllegalStateException unrated = assertThrows(IllegalStateException.class,
        () -> Outcome.builder().id("pain").name("Pain").importance(9).addStudies("trial-a").build());
    assertEquals("an outcome with evidence gives its design and its five domains; missing: design, riskOfBias, inconsistency,"
        + " indirectness, imprecision, publicationBias (for an outcome the review found no evidence for, write noEvidence: true"
        + " and studies: [])", unrated.getMessage());
    IllegalStateException rated = assertThrows(IllegalStateException.class,
        () -> GRADED.outcomes().get(0).withNoEvidence(true));
    assertEquals("an outcome without evidence (noEvidence: true) is not rated, so it has no design, riskOfBias, inconsistency,"
        + " indirectness, imprecision, publicationBias, largeEffect, doseResponse, plausibleConfounding, favors, published,"
        + " sufficientAlone", rated.getMessage());
    IllegalStateException studies = assertThrows(IllegalStateException.class,
        () -> GRADED.outcomes().get(1).withStudies("trial-a"));
    assertEquals("an outcome without evidence (noEvidence: true) lists no studies: studies: []", studies.getMessage());
    IllegalStateException alone = assertThrows(IllegalStateException.class, () -> GRADED.outcomes().get(2).withSufficientAlone(true));
    assertEquals("sufficientAlone is for a critical outcome (importance 7-9), not one of importance 4", alone.getMessage());
  }

  @Test
  void anEffectsIntervalHoldsItsEstimateAndARatioIsPositive() {
    assertThrows(IllegalStateException.class,
        () -> Effect.builder().measure(EffectMeasure.RR).estimate(1.2).ciLow(0.5).ciHigh(0.9).build());
    assertThrows(IllegalStateException.class, () -> Effect.builder().measure(EffectMeasure.OR).estimate(-0.5).build());
    assertThrows(IllegalStateException.class, () -> Effect.builder().measure(EffectMeasure.MD).estimate(1).ciLow(0.5).build());
    assertEquals(-3.5, Effect.builder().measure(EffectMeasure.MD).estimate(-3.5).ciLow(-5).ciHigh(-2).build().estimate());
  }

  @Test
  void theFactorsForRatingUpAndTheParadigmaticSituationDefaultToNone() {
    Outcome harms = GRADED.outcomes().get(2);
    assertEquals(LargeEffect.NONE, harms.largeEffect());
    assertEquals(false, harms.doseResponse());
    assertEquals(false, harms.plausibleConfounding());
    assertEquals(Optional.empty(), harms.favors());
    Decision decision = Decision.builder().balance(Balance.BALANCED).valuesVariability(ValuesVariability.IMPORTANT).build();
    assertEquals(ParadigmaticSituation.NONE, decision.paradigmaticSituation());
    assertEquals(Optional.empty(), Decision.builder().build().balance());
    assertFalse(harms.noEvidence());
    assertFalse(harms.sufficientAlone());
  }

  @Test
  void everySerializedTypeRoundTrips() {
    RoundTrip.assertRoundTrips(GRADED, GradeApproachRecommendation.class, "GRADE");
    RoundTrip.assertRoundTrips(GOOD_PRACTICE, GradeApproachRecommendation.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.outcomes().get(0), Outcome.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.outcomes().get(0).effect().orElseThrow(), Effect.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.outcomes().get(1), Outcome.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.outcomes().get(2), Outcome.class, "GRADE");
    RoundTrip.assertRoundTrips(DECLINED, GradeApproachRecommendation.class, "GRADE");
    RoundTrip.assertRoundTrips(DECLINED.published().orElseThrow(), GradeApproachPublished.class, "GRADE");
    RoundTrip.assertRoundTrips(WITHOUT_OUTCOMES, GradeApproachRecommendation.class, "GRADE");
    RoundTrip.assertRoundTrips(OutcomePublished.builder().certaintyRange(ImmutableList.of(Certainty.LOW, Certainty.MODERATE))
        .certaintySymbol("⨁⨁⊝⊝").build(), OutcomePublished.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.outcomes().get(0).published().orElseThrow(), OutcomePublished.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.published().orElseThrow(), GradeApproachPublished.class, "GRADE");
    RoundTrip.assertRoundTrips(GOOD_PRACTICE.published().orElseThrow(), GradeApproachPublished.class, "GRADE");
    RoundTrip.assertRoundTrips(GRADED.decision().orElseThrow(), Decision.class, "GRADE");
    RoundTrip.assertRoundTrips(GOOD_PRACTICE.goodPractice().orElseThrow(), GoodPracticeCriteria.class, "GRADE");
  }

  @Test
  void theWholeGuidelineRoundTripsThroughTheJsonFormat() throws IOException {
    String json = Mappers.json().writeValueAsString(GUIDELINE);
    assertEquals(GUIDELINE, GuidelineReader.read(json, DocumentFormat.JSON, "written.json"));
    assertTrue(json.contains("\"certaintySymbol\": \"⊕ ⊕ OO\""), "symbols are written as printed");
    assertTrue(json.contains("\"studies\": [],\n"), "an outcome without evidence writes its empty studies: " + json);
    assertFalse(json.contains("\"reasons\": { }"), "empty reasons are left out");
  }

  @Test
  void citesEveryStudyOfEveryOutcomeWithItsPath() {
    assertEquals(
        List.of(
            Citation.of("outcomes[0].studies[0]", "trial-a"),
            Citation.of("outcomes[0].studies[1]", "cohort-b"),
            Citation.of("outcomes[2].studies[0]", "cohort-b")),
        GRADED.citations());
    assertEquals(List.of(), GOOD_PRACTICE.citations());
  }

  @Test
  void isAnEvidenceProfileARecommendationOrAGoodPracticeStatement() {
    assertEquals(RecommendationKind.RECOMMENDATION, GRADED.kind());
    assertEquals(RecommendationKind.GOOD_PRACTICE_STATEMENT, GOOD_PRACTICE.kind());
    GradeApproachRecommendation profile = GradeApproachRecommendation.copyOf(GRADED).withDecision(Optional.empty());
    assertEquals(RecommendationKind.RECOMMENDATION, profile.kind(), "the published strength makes it a recommendation");
    assertEquals(RecommendationKind.EVIDENCE_PROFILE,
        profile.withPublished(GradeApproachPublished.builder().certainty(Certainty.LOW).direction(Direction.FOR).build()).kind());
    assertEquals(RecommendationKind.EVIDENCE_PROFILE, profile.withPublished(Optional.empty()).kind());
  }

  @ParameterizedTest
  @CsvSource({"1, NOT_IMPORTANT", "3, NOT_IMPORTANT", "4, IMPORTANT", "6, IMPORTANT", "7, CRITICAL", "9, CRITICAL"})
  void importanceCategoriesFollowTheNinePointScale(int rating, Importance category) {
    assertEquals(category, Importance.of(rating));
    Outcome outcome = GRADED.outcomes().get(2).withImportance(rating);
    assertEquals(category, outcome.importanceCategory());
    assertEquals(category == Importance.CRITICAL, outcome.critical());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 10, -1})
  void importanceIsOnTheNinePointScale(int rating) {
    assertThrows(IllegalArgumentException.class, () -> Importance.of(rating));
    assertThrows(IllegalStateException.class, () -> GRADED.outcomes().get(0).withImportance(rating));
  }

  @Test
  void certaintyRanksFromFourForHighToOneForVeryLow() {
    assertEquals(List.of(4, 3, 2, 1), List.of(Certainty.values()).stream().map(Certainty::rank).toList());
    for (Certainty certainty : Certainty.values()) {
      assertEquals(certainty, Certainty.ofRank(certainty.rank()));
    }
    assertThrows(IllegalArgumentException.class, () -> Certainty.ofRank(0));
    assertThrows(IllegalArgumentException.class, () -> Certainty.ofRank(5));
    assertTrue(Certainty.MODERATE.atLeast(Certainty.MODERATE));
    assertTrue(Certainty.HIGH.atLeast(Certainty.MODERATE));
    assertEquals(false, Certainty.LOW.atLeast(Certainty.MODERATE));
  }

  @Test
  void namesTheUnmetGoodPracticeCriteriaInOrder() {
    assertEquals(List.of(GoodPracticeCriterion.NET_BENEFIT_CLEAR, GoodPracticeCriterion.RATIONALE_EXPLICIT),
        GOOD_PRACTICE.goodPractice().orElseThrow().unmet());
    for (GoodPracticeCriterion criterion : GoodPracticeCriterion.values()) {
      assertEquals(criterion != GoodPracticeCriterion.NET_BENEFIT_CLEAR && criterion != GoodPracticeCriterion.RATIONALE_EXPLICIT,
          criterion.metBy(GOOD_PRACTICE.goodPractice().orElseThrow()), criterion.name());
    }
  }

  @Test
  void eachDomainAndFactorReadsItsOwnField() {
    Outcome pain = GRADED.outcomes().get(0);
    assertEquals(List.of(Concern.VERY_SERIOUS, Concern.NOT_SERIOUS, Concern.SERIOUS, Concern.NOT_SERIOUS, Concern.EXTREMELY_SERIOUS),
        List.of(Domain.values()).stream().map(domain -> domain.concernOf(pain)).toList());
    assertEquals(List.of("riskOfBias", "inconsistency", "indirectness", "imprecision", "publicationBias"),
        List.of(Domain.values()).stream().map(Domain::field).toList());
    assertEquals(List.of(2, 1, 1), List.of(UpgradeFactor.values()).stream().map(factor -> factor.levelsOf(pain)).toList());
    assertEquals(4, UpgradeFactor.claimedLevels(pain));
    assertEquals(0, UpgradeFactor.claimedLevels(GRADED.outcomes().get(2)));
    for (Domain domain : Domain.values()) {
      Outcome rejudged = domain.with(pain, Concern.SERIOUS);
      assertEquals(Concern.SERIOUS, domain.concernOf(rejudged), domain.name());
      for (Domain other : Domain.values()) {
        if (other != domain) {
          assertEquals(other.concernOf(pain), other.concernOf(rejudged), domain + " leaves " + other + " alone");
        }
      }
    }
    assertEquals("very large effect", UpgradeFactor.LARGE_EFFECT.wordsFor(pain));
    assertEquals("large effect", UpgradeFactor.LARGE_EFFECT.wordsFor(pain.withLargeEffect(LargeEffect.LARGE)));
  }

  @Test
  void writesValuesInWordsInEveryLocale() {
    assertEquals("very low", Words.of(Certainty.VERY_LOW));
    assertEquals("risk of bias", Words.of(Domain.RISK_OF_BIAS));
    assertEquals("1 level", Words.levels(1));
    assertEquals("3 levels", Words.levels(3));
    assertEquals("CONDITIONAL FOR", Words.strengthAndDirection(Optional.of(Strength.CONDITIONAL), Optional.of(Direction.FOR)));
    assertEquals("STRONG", Words.strengthAndDirection(Optional.of(Strength.STRONG), Optional.empty()));
    assertEquals("AGAINST", Words.strengthAndDirection(Optional.empty(), Optional.of(Direction.AGAINST)));
    assertEquals("not given", Words.strengthAndDirection(Optional.empty(), Optional.empty()));
  }

  @Test
  void aBalanceIsClearOnlyAtEitherEnd() {
    assertEquals(List.of(true, false, false, false, true, false, false), List.of(Balance.values()).stream().map(Balance::clearly).toList());
    assertEquals(List.of(false, true, true, true, true, true, true),
        List.of(ParadigmaticSituation.values()).stream().map(ParadigmaticSituation::declared).toList());
  }

  @Test
  void theDeprecatedNameOfSituationFourIsReadAsIt() {
    assertEquals(ParadigmaticSituation.EQUIVALENCE_POSSIBLE_HARM, ParadigmaticSituation.valueOf("CATASTROPHIC_HARM").canonical());
    assertTrue(ParadigmaticSituation.valueOf("CATASTROPHIC_HARM").deprecatedName());
    assertEquals(List.of(ParadigmaticSituation.valueOf("CATASTROPHIC_HARM")),
        List.of(ParadigmaticSituation.values()).stream().filter(ParadigmaticSituation::deprecatedName).toList());
    assertEquals(Optional.of(Favors.INTERVENTION), Favors.commonSide(List.of(Optional.of(Favors.INTERVENTION), Optional.of(Favors.INTERVENTION))));
    assertEquals(Optional.empty(), Favors.commonSide(List.of(Optional.of(Favors.NEITHER), Optional.of(Favors.NEITHER))));
    assertEquals(Optional.empty(), Favors.commonSide(List.of(Optional.of(Favors.INTERVENTION), Optional.empty())));
    assertEquals(Optional.empty(), Favors.commonSide(List.of()));
  }
}
