package org.evidencegrading.gradeapproach.effects;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Effect;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.immutables.value.Value;

/**
 * An outcome's effect as a summary-of-findings table shows it (Cochrane Handbook, chapter 14): the
 * anticipated absolute effects (risk with the comparator, risk with the intervention and the risk
 * difference, per 1000 with 95% confidence intervals) and the relative effect. Each part is there
 * where it follows from the outcome's data: no absolute effects per 1000 without a risk with the
 * comparator, none at all for a mean difference, which is shown as it is. {@link AbsoluteEffects}
 * computes it.
 */
@Value.Immutable
abstract class AbstractAbsoluteEffect {

  /** The effect estimate the absolute effects follow from. */
  public abstract Effect effect();

  /** Risk with the comparator, per 1000 (rounded), where the baseline risk is given. */
  public abstract Optional<Long> comparatorPer1000();

  /** Risk with the intervention, per 1000 (rounded), with its interval. */
  public abstract Optional<PerThousand> intervention();

  /** Risk difference (intervention less comparator), per 1000 (rounded), with its interval. */
  public abstract Optional<PerThousand> difference();

  /**
   * The relative effect column: {@code RR 0.45 (0.18 to 1.13)}; empty for an absolute measure (a
   * risk difference, a mean difference), which has none.
   */
  public Optional<String> relativeText() {
    if (!effect().measure().ratio()) {
      return Optional.empty();
    }
    return Optional.of(effect().measure().name() + " " + ratio(effect().estimate())
        + effect().ciLow().map(low -> " (" + ratio(low) + " to " + ratio(effect().ciHigh().orElseThrow()) + ")").orElse(""));
  }

  /** The risk with the comparator: {@code 13 per 1000}. */
  public Optional<String> comparatorText() {
    return comparatorPer1000().map(risk -> risk + " per 1000");
  }

  /** The risk with the intervention: {@code 6 per 1000 (2 to 15)}. */
  public Optional<String> interventionText() {
    return intervention().map(risk -> risk.estimate() + " per 1000"
        + risk.low().map(low -> " (" + low + " to " + risk.high().orElseThrow() + ")").orElse(""));
  }

  /**
   * The difference as GRADEpro words it: {@code 7 fewer per 1000 (from 11 fewer to 2 more)} for a
   * dichotomous outcome; {@code MD 4.7 lower (4.9 lower to 4.5 lower)} or {@code SMD 0.3 SD higher
   * (...)} for a continuous one.
   */
  public Optional<String> differenceText() {
    EffectMeasure measure = effect().measure();
    if (measure == EffectMeasure.MD || measure == EffectMeasure.SMD) {
      String unit = measure == EffectMeasure.SMD ? " SD" : "";
      return Optional.of(measure.name() + " " + continuous(effect().estimate(), unit)
          + effect().ciLow().map(low -> " (" + continuous(low, unit) + " to " + continuous(effect().ciHigh().orElseThrow(), unit) + ")").orElse(""));
    }
    return difference().map(difference -> fewerOrMore(difference.estimate()) + " per 1000"
        + difference.low().map(low -> " (from " + fewerOrMore(low) + " to " + fewerOrMore(difference.high().orElseThrow()) + ")").orElse(""));
  }

  /** "7 fewer", "2 more", "0 fewer" (as GRADEpro prints no difference). */
  private static String fewerOrMore(long perThousand) {
    return perThousand > 0 ? perThousand + " more" : -perThousand + " fewer";
  }

  /** "4.7 lower", "0.25 SD higher", "0 higher". */
  private static String continuous(double value, String unit) {
    return number(Math.abs(value)) + unit + (value < 0 ? " lower" : " higher");
  }

  /** A ratio with two decimals, as summary-of-findings tables print them: 0.10, 1.13. */
  private static String ratio(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A number as given, without trailing zeros: 4.7, 12, 0.25. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
