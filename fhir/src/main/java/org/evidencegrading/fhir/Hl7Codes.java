package org.evidencegrading.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Function;
import org.evidencegrading.gradeapproach.model.Balance;
import org.evidencegrading.gradeapproach.model.Certainty;
import org.evidencegrading.gradeapproach.model.Concern;
import org.evidencegrading.gradeapproach.model.CostEffectiveness;
import org.evidencegrading.gradeapproach.model.Domain;
import org.evidencegrading.gradeapproach.model.EffectMagnitude;
import org.evidencegrading.gradeapproach.model.EffectMeasure;
import org.evidencegrading.gradeapproach.model.ResourceRequirements;
import org.evidencegrading.gradeapproach.model.ResourcesCertainty;
import org.evidencegrading.gradeapproach.model.Strength;
import org.evidencegrading.gradeapproach.model.StudyDesign;
import org.evidencegrading.gradeapproach.model.UpgradeFactor;
import org.evidencegrading.gradeapproach.model.ValuesVariability;
import org.evidencegrading.gradeapproach.model.YesNoJudgment;
import org.evidencegrading.model.Direction;

/**
 * The codes of HL7's terminologies and of the EBM implementation guide that the export uses, and
 * the model's values in them. Displays are the code systems' own: HL7 Terminology (THO) 7.0.1 for
 * certainty-type, certainty-rating, statistic-type, attribute-estimate-type, variable-role and
 * recommendation-strength; FHIR R5 core for study-design and evidence-report-section; the IG's code
 * systems (FEvIR 179423 and the Recommendation Justification Code System 27834, not published in any
 * package) as the IG prints them.
 */
final class Hl7Codes {

  static final String CERTAINTY_TYPE = "http://terminology.hl7.org/CodeSystem/certainty-type";
  static final String CERTAINTY_RATING = "http://terminology.hl7.org/CodeSystem/certainty-rating";
  static final String STATISTIC_TYPE = "http://terminology.hl7.org/CodeSystem/statistic-type";
  static final String ATTRIBUTE_ESTIMATE_TYPE = "http://terminology.hl7.org/CodeSystem/attribute-estimate-type";
  static final String VARIABLE_ROLE = "http://terminology.hl7.org/CodeSystem/variable-role";
  static final String RECOMMENDATION_STRENGTH = "http://terminology.hl7.org/CodeSystem/recommendation-strength";
  static final String STUDY_DESIGN = "http://hl7.org/fhir/study-design";
  static final String REPORT_SECTION = "http://hl7.org/fhir/evidence-report-section";
  /** The EBM IG's own code system (FEvIR 179423): section, content and composition types. */
  static final String EBM = "https://fevir.net/resources/CodeSystem/179423";
  /** The IG's Recommendation Justification Code System (FEvIR 27834): the ratings' values. */
  static final String RJCS = "https://fevir.net/resources/CodeSystem/27834";
  static final String RATING_SYSTEM = "http://hl7.org/fhir/uv/ebm/CodeSystem/evidence-rating-system-classifier-codesystem";
  /** The DOI as an identifier system. */
  static final String DOI = "https://doi.org";

  static final Code OVERALL = new Code(CERTAINTY_TYPE, "Overall", "Overall certainty");
  static final Code PRESENT = new Code(CERTAINTY_RATING, "present", "present");
  static final Code ABSENT = new Code(CERTAINTY_RATING, "absent", "absent");
  static final Code PROPORTION = new Code(STATISTIC_TYPE, "C44256", "Proportion");
  static final Code CONFIDENCE_INTERVAL = new Code(ATTRIBUTE_ESTIMATE_TYPE, "C53324", "Confidence interval");
  static final Code POPULATION = new Code(VARIABLE_ROLE, "population", "population");
  static final Code EXPOSURE = new Code(VARIABLE_ROLE, "exposure", "exposure");
  static final Code REFERENCE_EXPOSURE = new Code(VARIABLE_ROLE, "referenceExposure", "reference exposure");
  static final Code MEASURED_VARIABLE = new Code(VARIABLE_ROLE, "measuredVariable", "measured variable");
  static final Code REFERENCES = new Code(REPORT_SECTION, "References", "References");

  static final Code GUIDELINE = new Code(EBM, "Guideline", "Guideline");
  static final Code RECOMMENDATION = new Code(EBM, "Recommendation", "Recommendation");
  static final Code OUTCOME_IMPORTANCE = new Code(EBM, "OutcomeImportance", "OutcomeImportance");
  static final Code RECOMMENDATION_STATEMENT = new Code(EBM, "recommendation-statement", "Recommendation Statement");
  static final Code EVIDENCE = new Code(EBM, "evidence", "Evidence");
  static final Code JUSTIFICATION = new Code(EBM, "justification", "Justification");
  static final Code RATING_SYSTEM_TYPE = new Code(EBM, "rating-system", "Rating System");
  static final Code STRENGTH_OF_RECOMMENDATION = new Code(EBM, "strength-of-recommendation", "Strength of Recommendation");
  static final Code DIRECTION_OF_RECOMMENDATION = new Code(EBM, "direction-of-recommendation", "Direction of Recommendation");
  static final Code CERTAINTY_OF_EVIDENCE = new Code(EBM, "certainty-of-evidence", "Certainty of Evidence");
  static final Code JUDGMENTS = new Code(EBM, "judgments", "Judgments");
  static final Code PROBLEM_IMPORTANCE = new Code(EBM, "problem-importance", "Problem Importance");
  static final Code DESIRABLE_EFFECTS = new Code(EBM, "desirable-effects", "Desirable Effects");
  static final Code UNDESIRABLE_EFFECTS = new Code(EBM, "undesirable-effects", "Undesirable Effects");
  static final Code PREFERENCES = new Code(EBM, "preferences", "Preferences");
  static final Code NET_EFFECT = new Code(EBM, "net-effect", "Net Effect");
  static final Code COSTS = new Code(EBM, "costs", "Costs");
  static final Code COST_EFFECTIVENESS = new Code(EBM, "cost-effectiveness", "Cost-effectiveness");
  static final Code EQUITY = new Code(EBM, "equity", "Equity");
  static final Code ACCEPTABILITY = new Code(EBM, "acceptability", "Acceptability");
  static final Code FEASIBILITY = new Code(EBM, "feasibility", "Feasibility");
  static final Code GRADE = new Code(RATING_SYSTEM, "GRADE", "GRADE");
  static final Code YES = new Code(RJCS, "RJCS-2007", "Yes");
  static final Code NO = new Code(RJCS, "RJCS-2010", "No");
  /** The IG's "Varies", for every criterion that has the option. */
  static final Code VARIES = new Code(RJCS, "RJCS-2011", "Varies");
  /** The IG's "Unknown", the framework's "Don't know". */
  static final Code UNKNOWN = new Code(RJCS, "RJCS-2012", "Unknown");
  /** The IG's "No evidence", the framework's "No included studies". */
  static final Code NO_EVIDENCE = new Code(RJCS, "RJCS-2006.0", "No evidence");

  private Hl7Codes() {}

  /** The value of {@code values} whose code is among a {@code CodeableConcept}'s codings. */
  static <E extends Enum<E>> Optional<E> decode(JsonNode concept, E[] values, Function<E, Code> code) {
    for (E value : values) {
      if (code.apply(value).in(concept)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static Code certaintyType(Domain domain) {
    return switch (domain) {
      case RISK_OF_BIAS -> new Code(CERTAINTY_TYPE, "RiskOfBias", "Risk of bias");
      case INCONSISTENCY -> new Code(CERTAINTY_TYPE, "Inconsistency", "Inconsistency");
      case INDIRECTNESS -> new Code(CERTAINTY_TYPE, "Indirectness", "Indirectness");
      case IMPRECISION -> new Code(CERTAINTY_TYPE, "Imprecision", "Imprecision");
      case PUBLICATION_BIAS -> new Code(CERTAINTY_TYPE, "PublicationBias", "Publication bias");
    };
  }

  static Code certaintyType(UpgradeFactor factor) {
    return switch (factor) {
      case LARGE_EFFECT -> new Code(CERTAINTY_TYPE, "LargeEffect", "Large effect");
      case DOSE_RESPONSE -> new Code(CERTAINTY_TYPE, "DoseResponseGradient", "Dose response gradient");
      case PLAUSIBLE_CONFOUNDING -> new Code(CERTAINTY_TYPE, "PlausibleConfounding", "Plausible confounding");
    };
  }

  /** A certainty as certainty-rating rates it ("High quality": the code system keeps GRADE's old word). */
  static Code rating(Certainty certainty) {
    return switch (certainty) {
      case HIGH -> new Code(CERTAINTY_RATING, "high", "High quality");
      case MODERATE -> new Code(CERTAINTY_RATING, "moderate", "Moderate quality");
      case LOW -> new Code(CERTAINTY_RATING, "low", "Low quality");
      case VERY_LOW -> new Code(CERTAINTY_RATING, "very-low", "Very low quality");
    };
  }

  static Code concern(Concern concern) {
    return switch (concern) {
      case NOT_SERIOUS -> new Code(CERTAINTY_RATING, "no-concern", "no serious concern");
      case SERIOUS -> new Code(CERTAINTY_RATING, "serious-concern", "serious concern");
      case VERY_SERIOUS -> new Code(CERTAINTY_RATING, "very-serious-concern", "very serious concern");
      case EXTREMELY_SERIOUS -> new Code(CERTAINTY_RATING, "extremely-serious-concern", "extremely serious concern");
    };
  }

  /** The change of rating by {@code levels}: -3 (downcode3) to +2 (upcode2). */
  static Code change(int levels) {
    return switch (levels) {
      case -3 -> new Code(CERTAINTY_RATING, "downcode3", "reduce rating: -3");
      case -2 -> new Code(CERTAINTY_RATING, "downcode2", "reduce rating: -2");
      case -1 -> new Code(CERTAINTY_RATING, "downcode1", "reduce rating: -1");
      case 0 -> new Code(CERTAINTY_RATING, "no-change", "no change to rating");
      case 1 -> new Code(CERTAINTY_RATING, "upcode1", "increase rating: +1");
      case 2 -> new Code(CERTAINTY_RATING, "upcode2", "increase rating: +2");
      default -> throw new IllegalArgumentException("certainty-rating has no code for a change of " + levels + " levels");
    };
  }

  static Code statisticType(EffectMeasure measure) {
    return switch (measure) {
      case RR -> new Code(STATISTIC_TYPE, "C93152", "Relative Risk");
      case OR -> new Code(STATISTIC_TYPE, "C16932", "Odds Ratio");
      case HR -> new Code(STATISTIC_TYPE, "C93150", "Hazard Ratio");
      case RD -> new Code(STATISTIC_TYPE, "0000424", "Risk Difference");
      case MD -> new Code(STATISTIC_TYPE, "0000457", "Mean Difference");
      case SMD -> new Code(STATISTIC_TYPE, "0000100", "Standardized Mean Difference");
    };
  }

  /**
   * A GRADE design as FHIR R5's study-design (SEVCO) names it: randomized assignment,
   * non-randomized assignment (for ROBINS-I, which judges a study against a target randomized
   * trial), observational research.
   */
  static Code studyDesign(StudyDesign design) {
    return switch (design) {
      case RANDOMIZED -> new Code(STUDY_DESIGN, "SEVCO:01003", "randomized assignment");
      case NON_RANDOMIZED_ROBINS_I -> new Code(STUDY_DESIGN, "SEVCO:01005", "Non-randomized assignment");
      case OBSERVATIONAL -> new Code(STUDY_DESIGN, "SEVCO:01002", "Observational research");
    };
  }

  /** A strength in THO's recommendation-strength (GRADE's conditional is its weak). */
  static Code strength(Strength strength) {
    return switch (strength) {
      case STRONG -> new Code(RECOMMENDATION_STRENGTH, "strong", "Strong");
      case CONDITIONAL -> new Code(RECOMMENDATION_STRENGTH, "weak", "Weak");
    };
  }

  static Code justificationStrength(Strength strength) {
    return switch (strength) {
      case STRONG -> new Code(RJCS, "RJCS-2001", "Strong expectation");
      case CONDITIONAL -> new Code(RJCS, "RJCS-2002", "Weak expectation");
    };
  }

  static Code justificationCertainty(Certainty certainty) {
    return switch (certainty) {
      case HIGH -> new Code(RJCS, "RJCS-2003", "High certainty");
      case MODERATE -> new Code(RJCS, "RJCS-2004", "Moderate certainty");
      case LOW -> new Code(RJCS, "RJCS-2005", "Low certainty");
      case VERY_LOW -> new Code(RJCS, "RJCS-2006", "Very low certainty");
    };
  }

  /** A recommendation for the intervention favors it; one against it favors the comparison. */
  static Code direction(Direction direction) {
    return switch (direction) {
      case FOR -> balance(Balance.CLEARLY_FAVORS_INTERVENTION);
      case AGAINST -> balance(Balance.CLEARLY_FAVORS_COMPARISON);
    };
  }

  /** A balance of effects; the IG words "probably" as "possibly". */
  static Code balance(Balance balance) {
    return switch (balance) {
      case CLEARLY_FAVORS_INTERVENTION -> new Code(RJCS, "RJCS-2021", "Favors intervention");
      case PROBABLY_FAVORS_INTERVENTION -> new Code(RJCS, "RJCS-2022", "Possibly favors intervention");
      case BALANCED -> new Code(RJCS, "RJCS-2023", "Does not favor intervention or comparison");
      case PROBABLY_FAVORS_COMPARISON -> new Code(RJCS, "RJCS-2024", "Possibly favors comparison");
      case CLEARLY_FAVORS_COMPARISON -> new Code(RJCS, "RJCS-2025", "Favors comparison");
      case VARIES -> VARIES;
      case DONT_KNOW -> UNKNOWN;
    };
  }

  /** The values judgment; the IG words "probably no important" as "possibly no important". */
  static Code valuesVariability(ValuesVariability variability) {
    return switch (variability) {
      case IMPORTANT -> new Code(RJCS, "RJCS-2017", "Important uncertainty or variability");
      case POSSIBLY_IMPORTANT -> new Code(RJCS, "RJCS-2018", "Possibly important uncertainty or variability");
      case PROBABLY_NO_IMPORTANT -> new Code(RJCS, "RJCS-2019", "Possibly no important uncertainty or variability");
      case NO_IMPORTANT -> new Code(RJCS, "RJCS-2020", "No important uncertainty or variability");
    };
  }

  /** The answer to a yes-or-no criterion (priority, acceptability, feasibility). */
  static Code judgment(YesNoJudgment judgment) {
    return switch (judgment) {
      case YES -> YES;
      case PROBABLY_YES -> new Code(RJCS, "RJCS-2008", "Probably yes");
      case PROBABLY_NO -> new Code(RJCS, "RJCS-2009", "Probably no");
      case NO -> NO;
      case VARIES -> VARIES;
      case DONT_KNOW -> UNKNOWN;
    };
  }

  /** How substantial the desirable or the undesirable effects are. */
  static Code magnitude(EffectMagnitude magnitude) {
    return switch (magnitude) {
      case TRIVIAL -> new Code(RJCS, "RJCS-2016", "Trivial size");
      case SMALL -> new Code(RJCS, "RJCS-2015", "Small size");
      case MODERATE -> new Code(RJCS, "RJCS-2014", "Moderate size");
      case LARGE -> new Code(RJCS, "RJCS-2013", "Large size");
      case VARIES -> VARIES;
      case DONT_KNOW -> UNKNOWN;
    };
  }

  /** The resource requirements; the IG's "costs or savings" is the framework's "costs and savings". */
  static Code resources(ResourceRequirements resources) {
    return switch (resources) {
      case LARGE_COSTS -> new Code(RJCS, "RJCS-2026", "Large costs");
      case MODERATE_COSTS -> new Code(RJCS, "RJCS-2027", "Moderate costs");
      case NEGLIGIBLE_COSTS_AND_SAVINGS -> new Code(RJCS, "RJCS-2028", "Negligible costs or savings");
      case MODERATE_SAVINGS -> new Code(RJCS, "RJCS-2029", "Moderate savings");
      case LARGE_SAVINGS -> new Code(RJCS, "RJCS-2030", "Large savings");
      case VARIES -> VARIES;
      case DONT_KNOW -> UNKNOWN;
    };
  }

  /** The certainty of the evidence of resource requirements, as the IG rates certainty. */
  static Code resourcesCertainty(ResourcesCertainty certainty) {
    return switch (certainty) {
      case VERY_LOW -> justificationCertainty(Certainty.VERY_LOW);
      case LOW -> justificationCertainty(Certainty.LOW);
      case MODERATE -> justificationCertainty(Certainty.MODERATE);
      case HIGH -> justificationCertainty(Certainty.HIGH);
      case NO_INCLUDED_STUDIES -> NO_EVIDENCE;
    };
  }

  /** Which side the cost-effectiveness favors, with the codes of the balance. */
  static Code costEffectiveness(CostEffectiveness effectiveness) {
    return switch (effectiveness) {
      case FAVORS_INTERVENTION -> balance(Balance.CLEARLY_FAVORS_INTERVENTION);
      case PROBABLY_FAVORS_INTERVENTION -> balance(Balance.PROBABLY_FAVORS_INTERVENTION);
      case DOES_NOT_FAVOR_EITHER -> balance(Balance.BALANCED);
      case PROBABLY_FAVORS_COMPARISON -> balance(Balance.PROBABLY_FAVORS_COMPARISON);
      case FAVORS_COMPARISON -> balance(Balance.CLEARLY_FAVORS_COMPARISON);
      case VARIES -> VARIES;
      case NO_INCLUDED_STUDIES -> NO_EVIDENCE;
    };
  }

  static Code yesNo(boolean yes) {
    return yes ? YES : NO;
  }
}
