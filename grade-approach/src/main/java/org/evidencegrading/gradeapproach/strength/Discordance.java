package org.evidencegrading.gradeapproach.strength;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.NamedRule;

/**
 * The patterns in which GRADE guidance calls a strong recommendation discordant. The strength is the
 * panel's judgment — "Ultimately, guideline panels must use judgment in integrating these factors to
 * make a strong or weak recommendation" (Andrews et al., GRADE guidelines 15, J Clin Epidemiol
 * 2013;66:726-735) — so these are departures from guidance, never contradictions:
 *
 * <ul>
 *   <li>low or very low certainty: "In general, we discourage guideline panels from making strong
 *       recommendations when their confidence in estimates of effect for critical outcomes is low or
 *       very low" (GRADE 15), unless one of the five paradigmatic situations holds; "such discordant
 *       recommendations are rarely appropriate" (Alexander et al., J Clin Epidemiol 2016;72:98-106);
 *   <li>a balance that does not clearly favor one side: "The larger the difference between the
 *       desirable and undesirable consequences, the more likely a strong recommendation is warranted";
 *   <li>important uncertainty or variability in values: "The greater the variability in values and
 *       preferences, or uncertainty in values and preferences, the more likely a weak recommendation
 *       is warranted" (both as the GRADE Handbook words GRADE 15);
 *   <li>an intervention recommended strongly that the panel judged not acceptable or not feasible
 *       (GRADE EtD framework, Alonso-Coello et al., BMJ 2016;353:i2089).
 * </ul>
 *
 * <p>A conditional recommendation is never discordant, and a strong one never when the panel declared
 * a paradigmatic situation that holds: "These situations can be conceptualized as ones in which a
 * panel would have a low level of regret if subsequent evidence showed that their recommendation was
 * misguided" (GRADE 15). The derived value maps each pattern found to its message.
 */
public final class Discordance extends NamedRule<StrengthJudgment, ImmutableMap<DiscordantPattern, String>> {

  /** The rule's id in traces. */
  public static final String ID = "grade.strength.discordant";

  /** The source the rule implements. */
  public static final String SOURCE = "GRADE 15 (Andrews 2013), J Clin Epidemiol 66:726-735: determinants of strength, five"
      + " paradigmatic situations; Alexander 2016, J Clin Epidemiol 72:98-106; GRADE EtD (Alonso-Coello 2016), BMJ 353:i2089";

  private static final Discordance INSTANCE = new Discordance();

  private Discordance() {
    super(ID, SOURCE);
  }

  /** The rule. */
  public static Discordance rule() {
    return INSTANCE;
  }

  @Override
  public Derivation<ImmutableMap<DiscordantPattern, String>> apply(StrengthJudgment judgment) {
    ImmutableMap.Builder<DiscordantPattern, String> found = ImmutableMap.builder();
    if (judgment.strength() == Strength.STRONG && !judgment.paradigmSatisfied()) {
      judgment.certainty()
          .filter(certainty -> !certainty.atLeast(Certainty.MODERATE))
          .ifPresent(certainty -> found.put(DiscordantPattern.LOW_CERTAINTY, "a strong recommendation on " + Words.of(certainty)
              + " certainty without a paradigmatic situation that holds: GRADE discourages strong recommendations when the"
              + " confidence in the estimates for critical outcomes is low or very low, except in its five paradigmatic"
              + " situations"));
      Optional<Decision> decision = judgment.decision();
      decision.flatMap(Decision::balance)
          .filter(balance -> !balance.clearly())
          .ifPresent(balance -> found.put(DiscordantPattern.BALANCE_NOT_CLEAR, "a strong recommendation although "
              + BalanceWords.of(balance) + ": the clearer the balance, the more likely a strong recommendation"));
      decision.flatMap(Decision::valuesVariability)
          .filter(values -> values == ValuesVariability.IMPORTANT)
          .ifPresent(values -> found.put(DiscordantPattern.VALUES_VARY, "a strong recommendation although there is important"
              + " uncertainty or variability in how people value the main outcomes: then a conditional recommendation is"
              + " more likely warranted"));
      if (judgment.direction().equals(Optional.of(Direction.FOR))) {
        decision.flatMap(Decision::acceptability)
            .filter(YesNoJudgment::negative)
            .ifPresent(value -> found.put(DiscordantPattern.NOT_ACCEPTABLE, "a strong recommendation for an intervention whose"
                + " acceptability to key stakeholders the panel judged " + Words.of(value)));
        decision.flatMap(Decision::feasibility)
            .filter(YesNoJudgment::negative)
            .ifPresent(value -> found.put(DiscordantPattern.NOT_FEASIBLE, "a strong recommendation for an intervention whose"
                + " feasibility the panel judged " + Words.of(value)));
      }
    }
    ImmutableMap<DiscordantPattern, String> patterns = found.build();
    String reason;
    if (judgment.strength() != Strength.STRONG) {
      reason = "a conditional recommendation is never discordant";
    } else if (judgment.paradigmSatisfied()) {
      reason = "strong in a paradigmatic situation that holds: GRADE holds a strong recommendation appropriate there";
    } else {
      reason = patterns.isEmpty() ? "nothing in the certainty or the judgments stated argues against a strong recommendation"
          : String.join("; ", patterns.values());
    }
    return Derivation.of(patterns, step()
        .putInputs("strength", judgment.strength().name())
        .putInputs("certainty", judgment.certainty().map(Certainty::name).orElse(""))
        .putInputs("paradigmSatisfied", String.valueOf(judgment.paradigmSatisfied()))
        .outcome(patterns.isEmpty() ? "not discordant" : patterns.keySet().stream().map(Words::of).collect(Collectors.joining(", ")))
        .reason(reason)
        .build());
  }
}
