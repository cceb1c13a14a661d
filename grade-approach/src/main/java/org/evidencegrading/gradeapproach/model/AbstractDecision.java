package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The panel's evidence-to-decision judgments for a recommendation, on the criteria of the GRADE
 * Evidence to Decision framework for clinical practice guidelines (Alonso-Coello et al., BMJ
 * 2016;353:i2089), each optional and each with the framework's own response options; and the
 * paradigmatic situation the panel invokes, if any. "Ultimately, guideline panels must use judgment
 * in integrating these factors to make a strong or weak recommendation" (Andrews et al., GRADE
 * guidelines 15, J Clin Epidemiol 2013): the strength is not derived from them, but they are checked
 * against the published direction and strength. {@code reasons} holds the source's own reason per
 * criterion, {@code inferred} the criteria whose judgment the encoder inferred.
 */
@Value.Immutable
@JsonSerialize(as = Decision.class)
@JsonDeserialize(as = Decision.class)
@JsonPropertyOrder({"priority", "desirableEffects", "undesirableEffects", "valuesVariability", "balance", "resources",
    "resourcesCertainty", "costEffectiveness", "equity", "acceptability", "feasibility", "paradigmaticSituation",
    "reasons", "inferred"})
abstract class AbstractDecision implements ProvenanceFields {

  /** "Is the problem a priority?" */
  public abstract Optional<YesNoJudgment> priority();

  /** "How substantial are the desirable anticipated effects?" */
  public abstract Optional<EffectMagnitude> desirableEffects();

  /** "How substantial are the undesirable anticipated effects?" */
  public abstract Optional<EffectMagnitude> undesirableEffects();

  /** "Is there important uncertainty about or variability in how much people value the main outcomes?" */
  public abstract Optional<ValuesVariability> valuesVariability();

  /** "Does the balance between desirable and undesirable effects favor the intervention or the comparison?" */
  public abstract Optional<Balance> balance();

  /** "How large are the resource requirements (costs)?" */
  public abstract Optional<ResourceRequirements> resources();

  /** "What is the certainty of the evidence of resource requirements (costs)?" */
  public abstract Optional<ResourcesCertainty> resourcesCertainty();

  /** "Does the cost-effectiveness of the intervention favor the intervention or the comparison?" */
  public abstract Optional<CostEffectiveness> costEffectiveness();

  /** "What would be the impact on health equity?" */
  public abstract Optional<Equity> equity();

  /** "Is the intervention acceptable to key stakeholders?" */
  public abstract Optional<YesNoJudgment> acceptability();

  /** "Is the intervention feasible to implement?" */
  public abstract Optional<YesNoJudgment> feasibility();

  /** The paradigmatic situation the panel invokes; none when not given. */
  @Value.Default
  public ParadigmaticSituation paradigmaticSituation() {
    return ParadigmaticSituation.NONE;
  }


}
