package org.evidencegrading.gradeapproach.strength;

import java.util.Optional;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.model.Direction;
import org.evidencegrading.trace.Derivation;
import org.evidencegrading.trace.Rule;
import org.evidencegrading.trace.Step;

/**
 * From evidence to a recommendation: "GRADE classifies recommendations as strong or weak" and for or
 * against an intervention, by the balance of desirable and undesirable consequences, the quality of
 * evidence, the variability of values and preferences and resource use (Guyatt et al., BMJ 2008).
 * The direction by {@link DirectionOfRecommendation}, then the strength by {@link
 * StrengthOfRecommendation}.
 *
 * <p>Without the panel's judgments there is nothing to derive them from: {@link #notDerived()} is
 * the step that says so.
 */
public final class EvidenceToDecision implements Rule<StrengthBasis, StrengthAndDirection> {

  /** The evaluator's id. */
  public static final String ID = "grade.evidence-to-decision";

  /** The source the rule implements. */
  public static final String SOURCE =
      "GRADE EtD framework for clinical practice guidelines (Alonso-Coello 2016), BMJ 353:i2089";

  /** The rule id of the step of a recommendation without evidence-to-decision judgments. */
  public static final String NOT_DERIVED_ID = "grade.strength.not-derived";

  private static final EvidenceToDecision INSTANCE = new EvidenceToDecision();

  private static final Step NOT_DERIVED =
      Step.builder()
          .rule(NOT_DERIVED_ID)
          .source(SOURCE)
          .outcome("not derived")
          .reason("no evidence-to-decision judgments (decision): the strength and direction are not derived")
          .build();

  private EvidenceToDecision() {}

  /** The rule. */
  public static EvidenceToDecision rule() {
    return INSTANCE;
  }

  /** The step of a recommendation without evidence-to-decision judgments. */
  public static Step notDerived() {
    return NOT_DERIVED;
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
  public Derivation<StrengthAndDirection> apply(StrengthBasis basis) {
    Derivation<Optional<Direction>> direction = DirectionOfRecommendation.rule().apply(basis.decision().balance());
    Derivation<Strength> strength = StrengthOfRecommendation.rule().apply(basis);
    return Derivation.of(
        StrengthAndDirection.of(strength.value(), direction.value()), direction.trace().then(strength.trace()), strength.step());
  }
}
