package org.evidencegrading.gradeapproach.model;

/**
 * The response options of the evidence-to-decision criterion "How large are the resource
 * requirements (costs)?" (Alonso-Coello et al., GRADE Evidence to Decision frameworks 2, BMJ
 * 2016;353:i2089): "Large costs", "Moderate costs", "Negligible costs and savings", "Moderate
 * savings", "Large savings", "Varies", "Don't know".
 */
public enum ResourceRequirements {
  /** "Large costs". */
  LARGE_COSTS,
  /** "Moderate costs". */
  MODERATE_COSTS,
  /** "Negligible costs and savings". */
  NEGLIGIBLE_COSTS_AND_SAVINGS,
  /** "Moderate savings". */
  MODERATE_SAVINGS,
  /** "Large savings". */
  LARGE_SAVINGS,
  /** "Varies". */
  VARIES,
  /** "Don't know". */
  DONT_KNOW
}
