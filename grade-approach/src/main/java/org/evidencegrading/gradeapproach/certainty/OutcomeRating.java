package org.evidencegrading.gradeapproach.certainty;

import java.util.EnumMap;
import java.util.Map;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Trace;

/**
 * The certainty of one outcome's body of evidence, as GRADE rates it: "randomized trials start as
 * high-quality evidence and observational studies as low-quality evidence ... Five factors may lead
 * to rating down the quality of evidence, and three factors may lead to rating up. Ultimately, the
 * quality of evidence for each outcome falls into one of four categories, from high to very low"
 * (Balshem et al., GRADE guidelines 3, J Clin Epidemiol 2011). The steps: {@link StartingCertainty},
 * {@link RatingDown}, {@link RatingUp} under the rule's {@link UpgradePolicy}, {@link
 * CertaintyBounds}.
 */
public final class OutcomeRating implements Rule<Outcome, RatedOutcome> {

  /** The evaluator's id. */
  public static final String ID = "grade.certainty";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 3-9 (Balshem 2011; Guyatt 2011), J Clin Epidemiol 64: certainty of the evidence for one outcome";

  private static final Map<UpgradePolicy, OutcomeRating> INSTANCES = new EnumMap<>(UpgradePolicy.class);

  static {
    for (UpgradePolicy policy : UpgradePolicy.values()) {
      INSTANCES.put(policy, new OutcomeRating(RatingUp.rule(policy)));
    }
  }

  private final RatingUp ratingUp;

  private OutcomeRating(RatingUp ratingUp) {
    this.ratingUp = ratingUp;
  }

  /** The rating under a policy for rating up. */
  public static OutcomeRating rule(UpgradePolicy policy) {
    return INSTANCES.get(policy);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Derivation<RatedOutcome> apply(Outcome outcome) {
    Derivation<Certainty> start = StartingCertainty.rule().apply(outcome.design());
    Derivation<Integer> down = RatingDown.rule().apply(outcome);
    Derivation<Integer> up = ratingUp.apply(UpgradeClaim.of(outcome, down.value()));
    Derivation<Certainty> result = CertaintyBounds.rule().apply(Score.of(start.value(), down.value(), up.value()));
    Trace trace = start.trace().then(down.trace()).then(up.trace()).then(result.trace());
    RatedOutcome rated =
        RatedOutcome.builder()
            .outcome(outcome)
            .certainty(result.value())
            .levelsDown(down.value())
            .levelsUp(up.value())
            .build();
    return Derivation.of(rated, trace, result.step());
  }
}
