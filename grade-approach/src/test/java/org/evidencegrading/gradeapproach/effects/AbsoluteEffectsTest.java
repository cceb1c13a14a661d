package org.evidencegrading.gradeapproach.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.Effect;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.junit.jupiter.api.Test;

/**
 * Absolute effects against worked examples computed by hand (in the comments), the risk-ratio ones
 * also against the published summary-of-findings table of the Cochrane Handbook 5.1, Figure 11.5.a
 * (compression stockings for people taking long flights).
 */
class AbsoluteEffectsTest {

  private static Effect effect(EffectMeasure measure, double estimate, double low, double high) {
    return Effect.builder().measure(measure).estimate(estimate).ciLow(low).ciHigh(high).build();
  }

  private static AbsoluteEffect of(Effect effect, double baselineRisk) {
    return AbsoluteEffects.of(effect, Optional.of(baselineRisk));
  }

  @Test
  void riskRatioGivesTheHandbooksSuperficialVeinThrombosisRow() {
    // p = 13/1000, RR 0.45 (0.18 to 1.13):
    //   with stockings 13 × 0.45 = 5.85 -> 6; 13 × 0.18 = 2.34 -> 2; 13 × 1.13 = 14.69 -> 15
    //   difference 5.85 - 13 = -7.15 -> 7 fewer; 2.34 - 13 = -10.66 -> 11 fewer; 14.69 - 13 = 1.69 -> 2 more
    // Figure 11.5.a prints "13 per 1000", "6 per 1000 (2 to 15)", "RR 0.45 (0.18 to 1.13)".
    AbsoluteEffect effect = of(effect(EffectMeasure.RR, 0.45, 0.18, 1.13), 0.013);

    assertEquals(Optional.of("13 per 1000"), effect.comparatorText());
    assertEquals(Optional.of("6 per 1000 (2 to 15)"), effect.interventionText());
    assertEquals(Optional.of("7 fewer per 1000 (from 11 fewer to 2 more)"), effect.differenceText());
    assertEquals(Optional.of("RR 0.45 (0.18 to 1.13)"), effect.relativeText());
  }

  @Test
  void riskRatioGivesTheHandbooksSymptomlessDvtRowsForBothPopulations() {
    // Low risk, p = 10/1000, RR 0.10 (0.04 to 0.26): 1.0 -> 1; 0.4 -> 0; 2.6 -> 3 ("1 per 1000 (0 to 3)")
    //   difference -9.0 -> 9 fewer; -9.6 -> 10 fewer; -7.4 -> 7 fewer
    // High risk, p = 30/1000: 3.0 -> 3; 1.2 -> 1; 7.8 -> 8 ("3 per 1000 (1 to 8)")
    //   difference -27; -28.8 -> 29 fewer; -22.2 -> 22 fewer
    Effect rr = effect(EffectMeasure.RR, 0.10, 0.04, 0.26);

    assertEquals(Optional.of("1 per 1000 (0 to 3)"), of(rr, 0.010).interventionText());
    assertEquals(Optional.of("9 fewer per 1000 (from 10 fewer to 7 fewer)"), of(rr, 0.010).differenceText());
    assertEquals(Optional.of("3 per 1000 (1 to 8)"), of(rr, 0.030).interventionText());
    assertEquals(Optional.of("27 fewer per 1000 (from 29 fewer to 22 fewer)"), of(rr, 0.030).differenceText());
    assertEquals(Optional.of("RR 0.10 (0.04 to 0.26)"), of(rr, 0.030).relativeText());
  }

  @Test
  void oddsRatioConvertsTheComparatorsOddsBackIntoARisk() {
    // p = 0.20, odds 0.25.
    //   OR 0.5: odds 0.125, risk 0.125 / 1.125 = 0.1111 -> 111; difference -88.9 -> 89 fewer
    //   OR 0.3: odds 0.075, risk 0.075 / 1.075 = 0.0698 -> 70; difference -130.2 -> 130 fewer
    //   OR 0.8: odds 0.2,   risk 0.2 / 1.2 = 0.1667 -> 167;   difference -33.3 -> 33 fewer
    AbsoluteEffect effect = of(effect(EffectMeasure.OR, 0.5, 0.3, 0.8), 0.20);

    assertEquals(Optional.of("200 per 1000"), effect.comparatorText());
    assertEquals(Optional.of("111 per 1000 (70 to 167)"), effect.interventionText());
    assertEquals(Optional.of("89 fewer per 1000 (from 130 fewer to 33 fewer)"), effect.differenceText());
    assertEquals(Optional.of("OR 0.50 (0.30 to 0.80)"), effect.relativeText());
  }

  @Test
  void hazardRatioRaisesTheComparatorsSurvivalToTheRatio() {
    // p = 0.20, survival 0.8; ln 0.8 = -0.22314.
    //   HR 0.5: 0.8^0.5 = 0.89443, risk 0.10557 -> 106; difference -94.4 -> 94 fewer
    //   HR 0.3: 0.8^0.3 = exp(-0.066943) = 0.93525, risk 0.06475 -> 65; difference -135.2 -> 135 fewer
    //   HR 0.8: 0.8^0.8 = exp(-0.178515) = 0.83651, risk 0.16349 -> 163; difference -36.5 -> 37 fewer
    AbsoluteEffect effect = of(effect(EffectMeasure.HR, 0.5, 0.3, 0.8), 0.20);

    assertEquals(Optional.of("106 per 1000 (65 to 163)"), effect.interventionText());
    assertEquals(Optional.of("94 fewer per 1000 (from 135 fewer to 37 fewer)"), effect.differenceText());
  }

  @Test
  void riskRatioAboveOneGivesMoreEventsAndStaysARisk() {
    // p = 0.60, RR 1.5 (1.2 to 2.0): 900 (720 to 1200 -> capped at 1000); difference 300 more (from 120 more to 400 more)
    AbsoluteEffect effect = of(effect(EffectMeasure.RR, 1.5, 1.2, 2.0), 0.60);

    assertEquals(Optional.of("900 per 1000 (720 to 1000)"), effect.interventionText());
    assertEquals(Optional.of("300 more per 1000 (from 120 more to 400 more)"), effect.differenceText());
  }

  @Test
  void riskDifferenceIsShownPer1000WithOrWithoutABaselineRisk() {
    // RD -0.03 (-0.05 to -0.01): 30 fewer per 1000 (from 50 fewer to 10 fewer); with p = 0.12: 120 -> 90 (70 to 110)
    Effect rd = effect(EffectMeasure.RD, -0.03, -0.05, -0.01);

    AbsoluteEffect alone = AbsoluteEffects.of(rd, Optional.empty());
    assertEquals(Optional.of("30 fewer per 1000 (from 50 fewer to 10 fewer)"), alone.differenceText());
    assertEquals(Optional.empty(), alone.comparatorText());
    assertEquals(Optional.empty(), alone.relativeText());

    AbsoluteEffect withBaseline = of(rd, 0.12);
    assertEquals(Optional.of("120 per 1000"), withBaseline.comparatorText());
    assertEquals(Optional.of("90 per 1000 (70 to 110)"), withBaseline.interventionText());
  }

  @Test
  void meanDifferencesAreShownAsSuch() {
    // The Handbook's oedema row: "on average 4.7 lower (95% CI -4.9 to -4.5)".
    AbsoluteEffect md = AbsoluteEffects.of(effect(EffectMeasure.MD, -4.7, -4.9, -4.5), Optional.of(0.5));
    assertEquals(Optional.of("MD 4.7 lower (4.9 lower to 4.5 lower)"), md.differenceText());
    assertEquals(Optional.empty(), md.comparatorText());
    assertEquals(Optional.empty(), md.relativeText());

    AbsoluteEffect smd = AbsoluteEffects.of(effect(EffectMeasure.SMD, 0.25, -0.1, 0.6), Optional.empty());
    assertEquals(Optional.of("SMD 0.25 SD higher (0.1 SD lower to 0.6 SD higher)"), smd.differenceText());
  }

  @Test
  void aRatioWithoutBaselineRiskHasOnlyItsRelativeEffect() {
    AbsoluteEffect effect = AbsoluteEffects.of(Effect.builder().measure(EffectMeasure.HR).estimate(0.7).build(), Optional.empty());

    assertEquals(Optional.of("HR 0.70"), effect.relativeText());
    assertEquals(Optional.empty(), effect.interventionText());
    assertEquals(Optional.empty(), effect.differenceText());
  }

  @Test
  void anEstimateWithoutIntervalHasNone() {
    // p = 0.10, RR 0.5: 50 per 1000, 50 fewer
    AbsoluteEffect effect = AbsoluteEffects.of(Effect.builder().measure(EffectMeasure.RR).estimate(0.5).build(), Optional.of(0.10));

    assertEquals(Optional.of("50 per 1000"), effect.interventionText());
    assertEquals(Optional.of("50 fewer per 1000"), effect.differenceText());
  }

  @Test
  void anOutcomeWithoutEffectHasNoAbsoluteEffect() {
    Outcome outcome = Outcome.builder().id("o").name("O").importance(8).addStudies("s").design(StudyDesign.RANDOMIZED)
        .riskOfBias(Concern.NOT_SERIOUS).inconsistency(Concern.NOT_SERIOUS).indirectness(Concern.NOT_SERIOUS)
        .imprecision(Concern.NOT_SERIOUS).publicationBias(Concern.NOT_SERIOUS).baselineRisk(0.1).build();

    assertEquals(Optional.empty(), AbsoluteEffects.of(outcome));
    assertEquals(Optional.of("50 per 1000"),
        AbsoluteEffects.of(outcome.withEffect(Effect.builder().measure(EffectMeasure.RR).estimate(0.5).build()))
            .flatMap(AbsoluteEffect::interventionText));
  }
}
