package org.evidencegrading.gradeapproach.effects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.evidencegrading.gradeapproach.model.Effect;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.evidencegrading.gradeapproach.model.Outcome;

/**
 * Anticipated absolute effects from an outcome's {@code effect} and {@code baselineRisk}, as GRADEpro
 * computes them for summary-of-findings tables (GRADE guidelines 12, Guyatt et al., J Clin Epidemiol
 * 2013;66:158-172: "the control group risk ... and the relative effect ... give the corresponding
 * risk in the intervention group"). With the risk with the comparator {@code p}:
 *
 * <ul>
 *   <li>risk ratio: the risk with the intervention is {@code p × RR};
 *   <li>odds ratio: {@code OR × p / (1 − p + OR × p)}, the odds {@code p / (1 − p)} times OR turned
 *       back into a risk;
 *   <li>hazard ratio: {@code 1 − (1 − p)^HR}, the survival {@code 1 − p} raised to the hazard ratio
 *       (proportional hazards);
 *   <li>risk difference: {@code p + RD}; without a baseline risk, the difference alone.
 * </ul>
 *
 * <p>Each end of the confidence interval is computed from the same end of the relative effect's
 * interval. Risks and differences are per 1000, rounded half up to whole numbers after computing
 * (the difference is computed from the unrounded risks). Mean differences and standardized mean
 * differences have no absolute effects per 1000: they are shown as they are.
 */
public final class AbsoluteEffects {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private AbsoluteEffects() {}

  /** The outcome's effect for a summary-of-findings table; empty when the outcome gives no effect. */
  public static Optional<AbsoluteEffect> of(Outcome outcome) {
    return outcome.effect().map(effect -> of(effect, outcome.baselineRisk()));
  }

  /** An effect for a summary-of-findings table, with the risk with the comparator where known. */
  public static AbsoluteEffect of(Effect effect, Optional<Double> baselineRisk) {
    AbsoluteEffect.Builder result = AbsoluteEffect.builder().effect(effect);
    EffectMeasure measure = effect.measure();
    if (measure == EffectMeasure.MD || measure == EffectMeasure.SMD) {
      return result.build();
    }
    if (measure == EffectMeasure.RD) {
      result.difference(perThousand(effect, DoubleUnaryOperator.identity()));
      baselineRisk.ifPresent(p -> result.comparatorPer1000(perThousand(p))
          .intervention(perThousand(effect, rd -> clamp(p + rd))));
      return result.build();
    }
    if (baselineRisk.isEmpty()) {
      return result.build();
    }
    double p = baselineRisk.get();
    DoubleUnaryOperator risk = riskWithIntervention(measure, p);
    return result
        .comparatorPer1000(perThousand(p))
        .intervention(perThousand(effect, risk))
        .difference(perThousand(effect, ratio -> risk.applyAsDouble(ratio) - p))
        .build();
  }

  /** The risk with the intervention as a function of the ratio, given the risk with the comparator. */
  private static DoubleUnaryOperator riskWithIntervention(EffectMeasure measure, double p) {
    return switch (measure) {
      case RR -> rr -> clamp(p * rr);
      case OR -> or -> or * p / (1 - p + or * p);
      case HR -> hr -> 1 - Math.pow(1 - p, hr);
      default -> throw new IllegalArgumentException("not a ratio: " + measure);
    };
  }

  /** A computed risk stays a risk: a large risk ratio cannot take it above 1. */
  private static double clamp(double risk) {
    return Math.max(0, Math.min(1, risk));
  }

  private static PerThousand perThousand(Effect effect, DoubleUnaryOperator value) {
    long estimate = perThousand(value.applyAsDouble(effect.estimate()));
    if (effect.ciLow().isEmpty()) {
      return PerThousand.of(estimate, Optional.empty(), Optional.empty());
    }
    long a = perThousand(value.applyAsDouble(effect.ciLow().get()));
    long b = perThousand(value.applyAsDouble(effect.ciHigh().orElseThrow()));
    return PerThousand.of(estimate, Optional.of(Math.min(a, b)), Optional.of(Math.max(a, b)));
  }

  /** A proportion per 1000, rounded half up (away from zero for a negative difference). */
  static long perThousand(double proportion) {
    return BigDecimal.valueOf(proportion).multiply(THOUSAND).setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
