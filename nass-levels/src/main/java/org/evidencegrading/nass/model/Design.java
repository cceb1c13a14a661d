package org.evidencegrading.nass.model;

/** A study's design as a guideline names it ("In a retrospective comparative study, ..."). */
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
  NOT_STATED;

  /** "Study was started before the first patient enrolled." */
  public boolean isProspective() {
    return name().startsWith("PROSPECTIVE_");
  }

  /** "The study was started after the first patient enrolled." */
  public boolean isRetrospective() {
    return name().startsWith("RETROSPECTIVE_");
  }

  /** "Patients treated one way with no comparison group of patients treated in another way." */
  public boolean isCaseSeries() {
    return this == PROSPECTIVE_CASE_SERIES || this == RETROSPECTIVE_CASE_SERIES;
  }
}
