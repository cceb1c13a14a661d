package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.function.Function;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Decision;
import org.evidencegrading.gradeapproach.model.EffectMagnitude;
import org.evidencegrading.gradeapproach.model.Equity;
import org.evidencegrading.gradeapproach.model.ParadigmaticSituation;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.ResourcesCertainty;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;

/**
 * One of the twelve fields of a {@code decision} (the evidence-to-decision criteria and the
 * paradigmatic situation) as a component of the judgments container: its field in the file, the
 * component's {@code type}, and the code of each of its response options. Each field has a type of
 * its own, so a code reads back to one option even where two criteria share it ("Varies").
 *
 * @param <E> the criterion's response options
 */
record EtdCriterion<E extends Enum<E>>(String field, Code type, Function<Decision, Optional<E>> judgment, E[] options,
    Function<E, Code> code) {

  /** The twelve, in the order of the framework (Alonso-Coello et al., BMJ 2016;353:i2089) and of the file. */
  static final ImmutableList<EtdCriterion<?>> ALL = ImmutableList.of(
      new EtdCriterion<>("priority", Hl7Codes.PROBLEM_IMPORTANCE, Decision::priority, YesNoJudgment.values(), Hl7Codes::judgment),
      new EtdCriterion<>("desirableEffects", Hl7Codes.DESIRABLE_EFFECTS, Decision::desirableEffects, EffectMagnitude.values(),
          Hl7Codes::magnitude),
      new EtdCriterion<>("undesirableEffects", Hl7Codes.UNDESIRABLE_EFFECTS, Decision::undesirableEffects,
          EffectMagnitude.values(), Hl7Codes::magnitude),
      new EtdCriterion<>("valuesVariability", Hl7Codes.PREFERENCES, Decision::valuesVariability, ValuesVariability.values(),
          Hl7Codes::valuesVariability),
      new EtdCriterion<>("balance", Hl7Codes.NET_EFFECT, Decision::balance, Balance.values(), Hl7Codes::balance),
      new EtdCriterion<>("resources", Hl7Codes.COSTS, Decision::resources, ResourceRequirements.values(), Hl7Codes::resources),
      new EtdCriterion<>("resourcesCertainty", Field.RESOURCES_CERTAINTY.asCode(), Decision::resourcesCertainty,
          ResourcesCertainty.values(), Hl7Codes::resourcesCertainty),
      new EtdCriterion<>("costEffectiveness", Hl7Codes.COST_EFFECTIVENESS, Decision::costEffectiveness,
          CostEffectiveness.values(), Hl7Codes::costEffectiveness),
      new EtdCriterion<>("equity", Hl7Codes.EQUITY, Decision::equity, Equity.values(), ProjectCodeSystem.GRADE_EQUITY::code),
      new EtdCriterion<>("acceptability", Hl7Codes.ACCEPTABILITY, Decision::acceptability, YesNoJudgment.values(),
          Hl7Codes::judgment),
      new EtdCriterion<>("feasibility", Hl7Codes.FEASIBILITY, Decision::feasibility, YesNoJudgment.values(), Hl7Codes::judgment),
      new EtdCriterion<>(Field.PARADIGMATIC_SITUATION.code(), Field.PARADIGMATIC_SITUATION.asCode(),
          decision -> Optional.of(decision.paradigmaticSituation()), ParadigmaticSituation.values(),
          ProjectCodeSystem.GRADE_PARADIGMATIC_SITUATION::code));

  /** The fields of the twelve. */
  static final ImmutableSet<String> FIELDS = ALL.stream().map(EtdCriterion::field).collect(ImmutableSet.toImmutableSet());

  /** The judgment as a rating component, with the source's reason and the inference, if the panel gave one. */
  Optional<ObjectNode> component(Decision decision) {
    return judgment.apply(decision).map(option -> Sources.annotate(Assessments.rating(type, code.apply(option)), decision, field));
  }

  /** Whether a component of the judgments container holds this criterion. */
  boolean holds(JsonNode component) {
    return type.in(component.path("type"));
  }

  /** The option a component gives, by its name in the file. */
  Optional<String> option(JsonNode component) {
    return Hl7Codes.decode(component.path("classifier").path(0), options, code).map(Enum::name);
  }
}
