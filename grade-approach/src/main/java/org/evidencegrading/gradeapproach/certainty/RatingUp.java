package org.evidencegrading.gradeapproach.certainty;

import java.util.EnumMap;
import java.util.Map;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * Rates an outcome's certainty up for the three factors of GRADE guidelines 9 (Guyatt et al., J Clin
 * Epidemiol 2011;64:1311-1316): "GRADE suggests considering rating up quality of evidence one level
 * when methodologically rigorous observational studies show at least a two-fold reduction or
 * increase in risk, and rating up two levels for at least a five-fold reduction or increase in risk.
 * Systematic review authors and guideline developers may also consider rating up quality of evidence
 * when a dose-response gradient is present, and when all plausible confounders or biases would
 * decrease an apparent treatment effect, or would create a spurious effect when results suggest no
 * effect."
 *
 * <p>For evidence that was also rated down GRADE says "usually", not "never": "Criteria for
 * upgrading the quality are usually only applicable to observational studies without any reason for
 * rating down" (Schünemann et al., GRADE guidelines 18, J Clin Epidemiol 2019;111:105-114, Table 1,
 * footnote). So where a domain rated the evidence down, counting the factors and not counting them
 * are both permitted, and the rule's {@link UpgradePolicy} says which is the default. Rating down
 * for risk of bias of non-randomized studies assessed with ROBINS-I does not count as such a reason:
 * ROBINS-I starts them high and rates their confounding down, and the upgrading domains "will need
 * to be considered in an assessment of a body of evidence when using ROBINS-I" (GRADE 18, abstract).
 *
 * <p>One step per factor the outcome claims, then the step that says whether they count; or one
 * step saying it claims none.
 */
public final class RatingUp extends NamedRule<UpgradeClaim, Upgrades> {

  /** The rule's id in traces. */
  public static final String ID = "grade.certainty.rating-up";

  /** The source the rule implements. */
  public static final String SOURCE = "GRADE 9 (Guyatt 2011), J Clin Epidemiol 64:1311-1316: rating up the quality of evidence;"
      + " GRADE 18 (Schünemann 2019), J Clin Epidemiol 111:105-114, Table 1: \"usually only ... without any reason for rating down\"";

  private static final Map<UpgradePolicy, RatingUp> INSTANCES = new EnumMap<>(UpgradePolicy.class);

  static {
    for (UpgradePolicy policy : UpgradePolicy.values()) {
      INSTANCES.put(policy, new RatingUp(policy));
    }
  }

  private final UpgradePolicy policy;

  private RatingUp(UpgradePolicy policy) {
    super(ID, SOURCE);
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

  /** The levels rated down for reasons other than risk of bias of non-randomized studies assessed with ROBINS-I. */
  public static int levelsBarringUpgrades(Outcome outcome) {
    int levels = 0;
    for (Domain domain : Domain.values()) {
      boolean robinsRiskOfBias = domain == Domain.RISK_OF_BIAS && outcome.design().orElseThrow() == StudyDesign.NON_RANDOMIZED_ROBINS_I;
      levels += robinsRiskOfBias ? 0 : domain.concernOf(outcome).levels();
    }
    return levels;
  }

  @Override
  public Derivation<Upgrades> apply(UpgradeClaim claim) {
    Outcome outcome = claim.outcome();
    int claimed = UpgradeFactor.claimedLevels(outcome);
    if (claimed == 0) {
      Upgrades none = Upgrades.builder().claimed(0).discretionary(false).countedByDefault(false).build();
      return Derivation.of(none, step()
          .putInputs("policy", policy.name())
          .outcome("not rated up")
          .reason("no large effect, dose-response gradient or plausible residual confounding")
          .build());
    }
    Trace factors = Trace.empty();
    for (UpgradeFactor factor : UpgradeFactor.values()) {
      int levels = factor.levelsOf(outcome);
      if (levels > 0) {
        factors = factors.then(step()
            .putInputs("factor", factor.field())
            .putInputs("levels", String.valueOf(levels))
            .outcome("claims " + Words.levels(levels))
            .reason(factor.wordsFor(outcome) + ": a reason to rate up " + Words.levels(levels))
            .build());
      }
    }
    int barring = levelsBarringUpgrades(outcome);
    boolean discretionary = barring > 0;
    boolean counted = !discretionary || policy == UpgradePolicy.ALWAYS;
    String reason;
    if (discretionary) {
      reason = "the evidence was also rated down " + Words.levels(barring) + ", so counting the " + Words.levels(claimed)
          + " is the panel's call (GRADE 18: upgrading criteria are \"usually only applicable ... without any reason for"
          + " rating down\"): both are permitted, and by default (policy " + policy.name() + ") they are "
          + (counted ? "counted" : "not counted");
    } else if (claim.levelsDown() > 0) {
      reason = "rated up " + Words.levels(claimed) + ": only the risk of bias of non-randomized studies assessed with ROBINS-I"
          + " rated the evidence down, and with ROBINS-I the upgrading domains \"will need to be considered\" (GRADE 18)";
    } else {
      reason = "rated up " + Words.levels(claimed) + ": no domain rated the evidence down";
    }
    Step conclusion = step()
        .putInputs("claimed", String.valueOf(claimed))
        .putInputs("ratedDown", String.valueOf(claim.levelsDown()))
        .putInputs("policy", policy.name())
        .outcome(discretionary ? "discretion: counted or not" : "rated up " + Words.levels(claimed))
        .reason(reason)
        .build();
    Upgrades upgrades = Upgrades.builder().claimed(claimed).discretionary(discretionary).countedByDefault(counted).build();
    return Derivation.composite(upgrades, factors, conclusion);
  }
}
