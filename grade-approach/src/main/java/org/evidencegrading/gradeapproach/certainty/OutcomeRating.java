package org.evidencegrading.gradeapproach.certainty;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Outcome;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The certainty of one outcome's body of evidence, as GRADE rates it: "randomized trials start as
 * high-quality evidence and observational studies as low-quality evidence ... Five factors may lead
 * to rating down the quality of evidence, and three factors may lead to rating up. Ultimately, the
 * quality of evidence for each outcome falls into one of four categories, from high to very low"
 * (Balshem et al., GRADE guidelines 3, J Clin Epidemiol 2011). The steps: {@link StartingCertainty},
 * {@link RatingDown}, {@link RatingUp} under the rule's {@link UpgradePolicy}, {@link
 * CertaintyBounds}.
 *
 * <p>Where counting the factors for rating up is the panel's call, both results are permitted: the
 * derivation's value carries the default and the other, and the trace bounds both and concludes with
 * this rule's step naming them. Otherwise it concludes with the bounds step of the one result.
 */
public final class OutcomeRating extends NamedRule<Outcome, RatedOutcome> {

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
    super(ID, SOURCE);
    this.ratingUp = ratingUp;
  }

  /** The rating under a policy for rating up. */
  public static OutcomeRating rule(UpgradePolicy policy) {
    return INSTANCES.get(policy);
  }

  /**
   * Rates an outcome with evidence.
   *
   * @throws IllegalArgumentException for an outcome without evidence, which is not rated
   */
  @Override
  public Derivation<RatedOutcome> apply(Outcome outcome) {
    if (outcome.noEvidence()) {
      throw new IllegalArgumentException("outcome " + outcome.id() + " has no evidence, so no certainty");
    }
    Derivation<Certainty> start = StartingCertainty.rule().apply(outcome.design().orElseThrow());
    Derivation<Integer> down = RatingDown.rule().apply(outcome);
    Derivation<Upgrades> up = ratingUp.apply(UpgradeClaim.of(outcome, down.value()));
    Upgrades upgrades = up.value();
    Derivation<Certainty> without = CertaintyBounds.rule().apply(Score.of(start.value(), down.value(), 0));
    Derivation<Certainty> with = upgrades.claimed() == 0
        ? without
        : CertaintyBounds.rule().apply(Score.of(start.value(), down.value(), upgrades.claimed()));
    Derivation<Certainty> byDefault = upgrades.countedByDefault() ? with : without;
    Derivation<Certainty> other = upgrades.countedByDefault() ? without : with;
    Trace trace = start.trace().then(down.trace()).then(up.trace()).then(byDefault.trace());
    RatedOutcome.Builder rated = RatedOutcome.builder()
        .outcome(outcome)
        .levelsDown(down.value())
        .levelsUp(upgrades.levelsByDefault())
        .withoutUpgrades(without.value())
        .withUpgrades(with.value())
        .upgradesDiscretionary(upgrades.discretionary());
    if (!upgrades.discretionary() || other.value() == byDefault.value()) {
      return Derivation.of(rated.permitted(PermittedCertainty.only(byDefault.value())).build(), trace, byDefault.step());
    }
    String factors = Arrays.stream(UpgradeFactor.values())
        .filter(factor -> factor.levelsOf(outcome) > 0)
        .map(factor -> factor.wordsFor(outcome))
        .collect(Collectors.joining(", "));
    String discretion = upgrades.countedByDefault()
        ? "not counting the " + factors + " of evidence rated down, as GRADE usually does"
        : "counting the " + factors + " although the evidence was rated down " + Words.levels(down.value());
    PermittedCertainty permitted = PermittedCertainty.of(byDefault.value(), ImmutableMap.of(other.value(), discretion));
    Step conclusion = step()
        .putInputs("default", byDefault.value().name())
        .putInputs("alsoPermitted", other.value().name())
        .outcome(byDefault.value().name())
        .reason(Words.of(byDefault.value()) + " by default; " + Words.of(other.value()) + " is also permitted, " + discretion)
        .build();
    return Derivation.composite(rated.permitted(permitted).build(), trace.then(other.trace()), conclusion);
  }
}
