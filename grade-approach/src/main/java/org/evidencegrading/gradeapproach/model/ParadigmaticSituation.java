package org.evidencegrading.gradeapproach.model;

/**
 * The five paradigmatic situations in which GRADE holds a strong recommendation appropriate although
 * the certainty of the evidence is low or very low (Andrews et al., GRADE guidelines 15, J Clin
 * Epidemiol 2013; the situations' short names as in BMJ Open 2017;7:e018593, Table 1), or {@link
 * #NONE}. The names of the constants are the file format's; each constant's documentation says which
 * situation it stands for and the recommendation GRADE expects there.
 */
public enum ParadigmaticSituation {
  /** No paradigmatic situation is invoked. */
  NONE,
  /**
   * Situation 1, "life-threatening (or catastrophical) situation": low-quality evidence suggests
   * benefit in a life-threatening situation (evidence regarding harms can be low or high); a strong
   * recommendation for the intervention.
   */
  LIFE_THREATENING,
  /**
   * Situation 4: high-quality evidence suggests the equivalence of two alternatives and low-quality
   * evidence suggests harm in one of them; a strong recommendation against the alternative with the
   * possible harm.
   */
  CATASTROPHIC_HARM,
  /**
   * Situation 3, "potential equivalence, one option clearly less risky or costly": low-quality
   * evidence suggests the equivalence of two alternatives, high-quality evidence less harm for one
   * of them; a strong recommendation for the less harmful one.
   */
  EQUIVALENCE_LESS_HARM,
  /**
   * Situation 2, "uncertain benefit, certain harm": low-quality evidence suggests benefit and
   * high-quality evidence suggests harm or a very high cost; a strong recommendation against the
   * intervention.
   */
  UNCERTAIN_BENEFIT_CERTAIN_HARM,
  /**
   * Situation 5: high-quality evidence suggests modest benefits and low or very low-quality evidence
   * suggests the possibility of catastrophic harm; a strong recommendation against the intervention.
   */
  POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION;

  /** Whether a situation is invoked (anything but {@link #NONE}). */
  public boolean declared() {
    return this != NONE;
  }
}
