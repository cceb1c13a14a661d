package org.evidencegrading.nass.model;

/**
 * A study's design as a guideline names it ("In a retrospective comparative study, ..."). A
 * prospective study "was started before the first patient enrolled", a retrospective one "after
 * the first patient enrolled"; a case series has "patients treated one way with no comparison group
 * of patients treated in another way" (NASS 2024, p. 12). The potential level each design gives a
 * study of each type is the NASS 2024 rule set's table ({@link NassRuleSet}).
 */
public enum Design {
  RCT,
  PROSPECTIVE_COMPARATIVE,
  PROSPECTIVE_COHORT,
  PROSPECTIVE_OBSERVATIONAL,
  PROSPECTIVE_CASE_SERIES,
  PROSPECTIVE_UNSPECIFIED,
  RETROSPECTIVE_COMPARATIVE,
  RETROSPECTIVE_COHORT,
  RETROSPECTIVE_OBSERVATIONAL,
  RETROSPECTIVE_CASE_SERIES,
  RETROSPECTIVE_UNSPECIFIED,
  CASE_CONTROL,
  SYSTEMATIC_REVIEW,
  ECONOMIC_ANALYSIS,
  EXPERT_OPINION,
  /** The text names no design ("Smith et al reported ..."): the levels table gives no level. */
  NOT_STATED
}
