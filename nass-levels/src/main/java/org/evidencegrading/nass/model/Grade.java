package org.evidencegrading.nass.model;

import java.util.Optional;

/** The NASS grades of recommendation, and the work group consensus statement. */
public enum Grade {
  /** "Good evidence (Level I studies with consistent findings)": recommended. */
  A,
  /** "Fair evidence (Level II or III studies with consistent findings)": suggested. */
  B,
  /** "Poor quality evidence (Level IV or V studies)": may be considered; is an option. */
  C,
  /** "Insufficient or conflicting evidence not allowing a recommendation for or against". */
  I,
  /** A work group consensus statement, made where Level I-IV evidence is insufficient. */
  CONSENSUS;

  /** A, B or C: a grade that recommends for or against (I does not; CONSENSUS is not graded on evidence). */
  public boolean recommends() {
    return this == A || this == B || this == C;
  }

  /**
   * The next weaker grade of the evidence grades, A, B, C, I: B below A, C below B, I below C; none
   * below I (nor below CONSENSUS), as the grades' {@code lowersTo} say in the NASS 2024 rule set
   * ({@link NassRuleSet}).
   */
  public Optional<Grade> oneStepBelow() {
    return NassRuleSet.rules().grade(name())
        .flatMap(org.evidencegrading.rulesets.definition.Grade::lowersTo)
        .map(Grade::valueOf);
  }

  /**
   * Whether this evidence grade is weaker than {@code other}, in the order I below C below B below
   * A (CONSENSUS is not an evidence grade and is never compared).
   */
  public boolean isWeakerThan(Grade other) {
    return this != CONSENSUS && other != CONSENSUS && ordinal() > other.ordinal();
  }
}
