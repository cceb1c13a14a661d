package org.evidencegrading.nass.model;

/** Why a work group downgraded a study from its potential level. */
public enum DowngradeReason {
  SMALL_SAMPLE,
  NONCONSECUTIVE_PATIENTS,
  NONRANDOMIZED,
  NONMASKED_PATIENTS,
  NONMASKED_REVIEWERS,
  LOW_FOLLOW_UP,
  NONSTANDARD_FOLLOW_UP,
  NO_CONSISTENT_REFERENCE_STANDARD,
  POOR_REFERENCE_STANDARD,
  DIAGNOSTIC_METHOD_NOT_STATED,
  UNVALIDATED_OUTCOMES,
  NO_SUBGROUP_ANALYSIS,
  HIGH_CROSSOVER,
  UNCLEAR_CONTROL_GROUP,
  SELECTION_BIAS,
  /** Another reason, explained in the appraisal's note. */
  OTHER
}
