package org.evidencegrading.gradeapproach.model;

import com.google.common.collect.ImmutableList;
import java.util.function.ToIntFunction;

/**
 * The three factors for which GRADE may rate the certainty of a body of evidence up: "a large
 * effect", "a dose-response gradient", and "all plausible confounders or biases would decrease an
 * apparent treatment effect, or would create a spurious effect when results suggest no effect"
 * (Guyatt et al., GRADE guidelines 9, J Clin Epidemiol 2011).
 */
public enum UpgradeFactor {
  /** A large effect (+1) or very large effect (+2), as {@link LargeEffect} says. */
  LARGE_EFFECT("largeEffect", outcome -> outcome.largeEffect().levels()),
  /** A dose-response gradient (+1). */
  DOSE_RESPONSE("doseResponse", outcome -> outcome.doseResponse() ? 1 : 0),
  /** Plausible residual confounding that would reduce the effect or suggest a spurious one (+1). */
  PLAUSIBLE_CONFOUNDING("plausibleConfounding", outcome -> outcome.plausibleConfounding() ? 1 : 0);

  /** Every factor; {@code values()} copies its array at every call. */
  private static final ImmutableList<UpgradeFactor> ALL = ImmutableList.copyOf(values());

  private final String field;
  private final ToIntFunction<AbstractOutcome> levels;

  UpgradeFactor(String field, ToIntFunction<AbstractOutcome> levels) {
    this.field = field;
    this.levels = levels;
  }

  /** The outcome's field that holds the factor, e.g. {@code doseResponse}. */
  public String field() {
    return field;
  }

  /** The levels the outcome claims for this factor: 0 when the factor is absent. */
  public int levelsOf(Outcome outcome) {
    return levels.applyAsInt(outcome);
  }

  /** The factor as it applies to an outcome, in words: "very large effect", "dose-response gradient". */
  public String wordsFor(Outcome outcome) {
    return switch (this) {
      case LARGE_EFFECT -> Words.of(outcome.largeEffect()) + " effect";
      case DOSE_RESPONSE -> "dose-response gradient";
      case PLAUSIBLE_CONFOUNDING -> "plausible residual confounding";
    };
  }

  /** The levels the outcome claims for all factors together. */
  public static int claimedLevels(Outcome outcome) {
    int levels = 0;
    for (UpgradeFactor factor : ALL) {
      levels += factor.levelsOf(outcome);
    }
    return levels;
  }
}
