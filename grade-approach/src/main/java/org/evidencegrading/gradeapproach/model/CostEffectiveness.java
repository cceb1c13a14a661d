package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criterion "Does the cost-effectiveness of the
 * intervention favor the intervention or the comparison?" (Alonso-Coello et al., GRADE Evidence to
 * Decision frameworks 2, BMJ 2016;353:i2089): "Favors the comparison", "Probably favors the
 * comparison", "Does not favor either the intervention or the comparison", "Probably favors the
 * intervention", "Favors the intervention", "Varies", "No included studies".
 */
public enum CostEffectiveness {
  /** "Favors the comparison". */
  FAVORS_COMPARISON,
  /** "Probably favors the comparison". */
  PROBABLY_FAVORS_COMPARISON,
  /** "Does not favor either the intervention or the comparison". */
  DOES_NOT_FAVOR_EITHER,
  /** "Probably favors the intervention". */
  PROBABLY_FAVORS_INTERVENTION,
  /** "Favors the intervention". */
  FAVORS_INTERVENTION,
  /** "Varies". */
  VARIES,
  /** "No included studies". */
  NO_INCLUDED_STUDIES
}
