package org.evidencegrading.nass.levels;

import java.util.Locale;
import java.util.stream.Collectors;
import org.evidencegrading.nass.model.DowngradeReason;
import org.evidencegrading.nass.model.Level;
import org.evidencegrading.nass.model.NassRuleSet;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;
import org.evidencegrading.trace.Step;

/**
 * Lowers a potential level for shortcomings in a study's execution: "The study would then be
 * further analyzed as to how well the study design was implemented and significant shortcomings in
 * the execution of the study would be used to downgrade the levels of evidence for the study's
 * conclusions" (NASS, p. 12). Derived level = potential level minus the steps, never below the
 * level's floor: Level IV for Levels I to IV, and Level V, expert opinion only, stays V. The steps
 * and floors are the NASS 2024 rule set's {@code downgrading} ({@link NassRuleSet}, {@code
 * nass-2024.yaml} in the rule-sets module), which the rule-sets engine applies. By default a downgrade is one step whatever the number of
 * reasons: "reasons to downgrade the results of a potential Level I randomized controlled trial to a
 * Level II study would include, among other possibilities: an underpowered study ..., inadequate
 * randomization or masking ... and lack of validated outcome measures".
 */
public final class Downgrading extends NamedRule<Downgrade, Level> {

  /** The rule's id in traces. */
  public static final String ID = "nass.downgrade";

  private static final String SOURCE = NassRuleSet.rules().citation(NassRuleSet.rules().downgrading().orElseThrow());

  private static final Downgrading INSTANCE = new Downgrading();

  private Downgrading() {
    super(ID, SOURCE);
  }

  public static Downgrading rule() {
    return INSTANCE;
  }

  /** The rule set's downgrading, cited: "NASS 2024, p. 13, the study design establishes only a potential level, ...". */
  @Override
  public Derivation<Level> apply(Downgrade downgrade) {
    Level derived = downgrade.start().lowered(downgrade.steps());
    String reasons = downgrade.reasons().stream().map(Downgrading::words).collect(Collectors.joining(", "));
    String reason;
    if (downgrade.steps() == 0) {
      reason = downgrade.reasons().isEmpty()
          ? "no downgrade from potential " + downgrade.start().label()
          : "reasons given (" + reasons + ") but no downgrade step from potential " + downgrade.start().label();
    } else {
      reason = "downgraded " + downgrade.steps() + (downgrade.steps() == 1 ? " step" : " steps")
          + " from potential " + downgrade.start().label()
          + (reasons.isEmpty() ? "" : " for " + reasons)
          + (derived.ordinal() - downgrade.start().ordinal() < downgrade.steps() ? " (no lower than " + derived.label() + ")" : "");
    }
    Step step =
        step()
            .putInputs("start", downgrade.start().name())
            .putInputs("steps", String.valueOf(downgrade.steps()))
            .putInputs("reasons", reasons)
            .outcome(derived.label())
            .reason(reason)
            .build();
    return Derivation.of(derived, step);
  }

  /** A reason in words: {@code NONMASKED_REVIEWERS} is "nonmasked reviewers". */
  static String words(DowngradeReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
