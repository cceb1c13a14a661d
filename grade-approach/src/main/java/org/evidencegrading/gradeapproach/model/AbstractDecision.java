package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The panel's evidence-to-decision judgments for a recommendation, from which its strength and
 * direction are derived together with the overall certainty of the evidence: "Strength of
 * recommendation is determined by the balance between desirable and undesirable consequences of
 * alternative management strategies, quality of evidence, variability in values and preferences, and
 * resource use" (Guyatt et al., BMJ 2008).
 */
@Value.Immutable
@JsonSerialize(as = Decision.class)
@JsonDeserialize(as = Decision.class)
@JsonPropertyOrder({"balance", "valuesVariability", "paradigmaticSituation"})
abstract class AbstractDecision {

  /** The balance of desirable and undesirable effects. */
  public abstract Balance balance();

  /** How much values and preferences vary. */
  public abstract ValuesVariability valuesVariability();

  /** The paradigmatic situation the panel invokes; none when not given. */
  @Value.Default
  public ParadigmaticSituation paradigmaticSituation() {
    return ParadigmaticSituation.NONE;
  }
}
