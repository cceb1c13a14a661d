package org.evidencegrading.gradeapproach.strength;

import java.util.ArrayList;
import java.util.List;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.Words;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;
import org.evidencegrading.trace.Trace;

/**
 * The strength of a recommendation from the evidence-to-decision judgments and the overall
 * certainty. "Strength of recommendation is determined by the balance between desirable and
 * undesirable consequences of alternative management strategies, quality of evidence, variability in
 * values and preferences, and resource use": the larger the difference between desirable and
 * undesirable effects, the higher the quality of evidence and the less values and preferences vary,
 * the more likely a strong recommendation is warranted (Guyatt et al., BMJ 2008).
 *
 * <p>Strong when all three favor it: the balance clearly favors one side, the certainty is moderate
 * or high, and values and preferences vary in no important way. Strong also when the certainty is
 * low or very low but the panel invokes one of the five "paradigmatic situations in which a strong
 * recommendation may be warranted despite low or very low certainty in effect estimates" (BMJ Open
 * 2017;7:e018593, Table 1, after Andrews et al., GRADE guidelines 15, J Clin Epidemiol 2013).
 * Conditional otherwise; the step names every condition that failed.
 */
public final class StrengthOfRecommendation implements Rule<StrengthBasis, Strength> {

  /** The evaluator's id. */
  public static final String ID = "grade.strength";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE 15 (Andrews 2013), J Clin Epidemiol 66:726-735: determinants of direction and strength";

  /** The rule id of the step that finds balance, certainty and values all favoring a strong recommendation. */
  public static final String STRONG_ID = "grade.strength.strong";

  /** The rule id of the step that makes a low-certainty recommendation strong for a paradigmatic situation. */
  public static final String PARADIGMATIC_ID = "grade.strength.paradigmatic-situation";

  /** The rule id of the step that finds a recommendation conditional. */
  public static final String CONDITIONAL_ID = "grade.strength.conditional";

  private static final StrengthOfRecommendation INSTANCE = new StrengthOfRecommendation();

  private StrengthOfRecommendation() {}

  /** The rule. */
  public static StrengthOfRecommendation rule() {
    return INSTANCE;
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
  public Derivation<Strength> apply(StrengthBasis basis) {
    Decision decision = basis.decision();
    Certainty certainty = basis.certainty();
    boolean lowCertainty = !certainty.atLeast(Certainty.MODERATE);
    List<String> unmet = new ArrayList<>();
    if (!decision.balance().clearly()) {
      unmet.add(BalanceWords.of(decision.balance()) + ", not clearly one side");
    }
    if (lowCertainty) {
      unmet.add("the certainty is " + Words.of(certainty) + ", not moderate or high");
    }
    if (decision.valuesVariability() != ValuesVariability.NO_IMPORTANT) {
      unmet.add("values and preferences " + (decision.valuesVariability() == ValuesVariability.IMPORTANT ? "vary" : "possibly vary")
          + " in important ways");
    }
    boolean paradigmatic = lowCertainty && decision.paradigmaticSituation().declared();
    Strength strength = unmet.isEmpty() || paradigmatic ? Strength.STRONG : Strength.CONDITIONAL;
    String rule;
    String reason;
    if (unmet.isEmpty()) {
      rule = STRONG_ID;
      reason = "strong: " + BalanceWords.of(decision.balance()) + ", the certainty is " + Words.of(certainty)
          + " and values and preferences vary in no important way";
    } else if (paradigmatic) {
      rule = PARADIGMATIC_ID;
      reason = "strong although the certainty is " + Words.of(certainty) + ": the panel invokes the paradigmatic situation "
          + decision.paradigmaticSituation().name() + ", in which GRADE holds a strong recommendation appropriate";
    } else {
      rule = CONDITIONAL_ID;
      reason = "conditional: " + String.join("; ", unmet)
          + (decision.paradigmaticSituation().declared()
              ? " (the paradigmatic situation " + decision.paradigmaticSituation().name() + " applies to low or very low certainty only)"
              : "");
    }
    Step step =
        Step.builder()
            .rule(rule)
            .source(SOURCE)
            .putInputs("balance", decision.balance().name())
            .putInputs("certainty", certainty.name())
            .putInputs("valuesVariability", decision.valuesVariability().name())
            .putInputs("paradigmaticSituation", decision.paradigmaticSituation().name())
            .outcome(strength.name())
            .reason(reason)
            .build();
    return Derivation.of(strength, step);
  }
}
