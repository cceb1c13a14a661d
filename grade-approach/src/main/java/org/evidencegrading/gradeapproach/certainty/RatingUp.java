package org.evidencegrading.gradeapproach.certainty;

import java.util.EnumMap;
import java.util.Map;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Rates an outcome's certainty up for the three factors of GRADE guidelines 9 (Guyatt et al., J Clin
 * Epidemiol 2011): "GRADE suggests considering rating up quality of evidence one level when
 * methodologically rigorous observational studies show at least a two-fold reduction or increase in
 * risk, and rating up two levels for at least a five-fold reduction or increase in risk. Systematic
 * review authors and guideline developers may also consider rating up quality of evidence when a
 * dose-response gradient is present, and when all plausible confounders or biases would decrease an
 * apparent treatment effect, or would create a spurious effect when results suggest no effect."
 *
 * <p>Whether the factors count for evidence that was rated down is the rule's {@link
 * UpgradePolicy}; when the policy withholds them, the step says so. One step per factor the outcome
 * claims, or one step saying it claims none; the derived value is the number of levels counted.
 */
public final class RatingUp implements Rule<UpgradeClaim, Integer> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.rating-up";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 9 (Guyatt 2011), J Clin Epidemiol 64:1311-1316: rating up the quality of evidence";

  private static final Map<UpgradePolicy, RatingUp> INSTANCES = new EnumMap<>(UpgradePolicy.class);

  static {
    for (UpgradePolicy policy : UpgradePolicy.values()) {
      INSTANCES.put(policy, new RatingUp(policy));
    }
  }

  private final UpgradePolicy policy;

  private RatingUp(UpgradePolicy policy) {
    this.policy = policy;
  }

  /** The rule under a policy. */
  public static RatingUp rule(UpgradePolicy policy) {
    return INSTANCES.get(policy);
  }

  /** The policy the rule applies. */
  public UpgradePolicy policy() {
    return policy;
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
  public Derivation<Integer> apply(UpgradeClaim claim) {
    Outcome outcome = claim.outcome();
    int down = claim.levelsDown();
    boolean withheld = policy == UpgradePolicy.ONLY_WITHOUT_RATING_DOWN && down > 0;
    Trace trace = Trace.empty();
    Step last = null;
    int counted = 0;
    for (UpgradeFactor factor : UpgradeFactor.values()) {
      int levels = factor.levelsOf(outcome);
      if (levels == 0) {
        continue;
      }
      String words = factor.wordsFor(outcome);
      String reason;
      if (withheld) {
        reason = words + " not counted: the evidence was rated down " + Words.levels(down) + " (policy " + policy.name()
            + ": rating up is for evidence without reasons to rate it down)";
      } else {
        counted += levels;
        reason = words + ": rated up " + Words.levels(levels)
            + (down > 0 ? ", although the evidence was rated down " + Words.levels(down) + " (policy " + policy.name() + ")" : "");
      }
      last = step()
          .putInputs("factor", factor.field())
          .putInputs("levels", String.valueOf(levels))
          .putInputs("ratedDown", String.valueOf(down))
          .putInputs("policy", policy.name())
          .outcome(withheld ? "not counted" : "rated up " + Words.levels(levels))
          .reason(reason)
          .build();
      trace = trace.then(last);
    }
    if (last == null) {
      return Derivation.of(counted, step()
          .putInputs("policy", policy.name())
          .outcome("not rated up")
          .reason("no large effect, dose-response gradient or plausible residual confounding")
          .build());
    }
    return Derivation.of(counted, trace, last);
  }
}
