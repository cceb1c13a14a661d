package org.evidencegrading.gradeapproach.model;

/**
 * The five paradigmatic situations in which GRADE holds a strong recommendation appropriate although
 * the certainty of the evidence is low or very low: "In general, we discourage guideline panels from
 * making strong recommendations when their confidence in estimates of effect for critical outcomes is
 * low or very low. We have identified five paradigmatic situations, however, in which strong
 * recommendations may be warranted despite low or very low quality of evidence" (Andrews et al.,
 * GRADE guidelines 15, J Clin Epidemiol 2013;66:726-735; the situations' short names as in BMJ Open
 * 2017;7:e018593, Table 1; Alexander et al., J Clin Epidemiol 2016;72:98-106, on how often WHO's
 * strong recommendations on low certainty fit one of them). Or {@link #NONE}.
 *
 * <p>Each constant's documentation says the certainty pattern and the recommendation of its
 * situation, which {@code strength.ParadigmaticSituationCheck} tests a claim against.
 */
public enum ParadigmaticSituation {
  /** No paradigmatic situation is invoked. */
  NONE,
  /**
   * Situation 1, "life-threatening situation": low or very low certainty of benefit in a
   * life-threatening situation, certainty of harm immaterial; a strong recommendation for the
   * intervention.
   */
  LIFE_THREATENING,
  /**
   * Situation 2, "uncertain benefit, certain harm": low or very low certainty of benefit, high or
   * moderate certainty of harm or cost; a strong recommendation against the intervention.
   */
  UNCERTAIN_BENEFIT_CERTAIN_HARM,
  /**
   * Situation 3, "potential equivalence, one option clearly less risky or costly": low or very low
   * certainty that the benefits are similar, high or moderate certainty that one option harms less or
   * costs less; a strong recommendation for that option.
   */
  EQUIVALENCE_LESS_HARM,
  /**
   * Situation 4, "high confidence in similar benefits, one option potentially more risky or costly":
   * high or moderate certainty that the benefits are similar, low or very low certainty of harm of
   * one option; a strong recommendation against that option.
   */
  EQUIVALENCE_POSSIBLE_HARM,
  /**
   * Situation 5, "potential catastrophic harm": low or very low certainty of a possibly catastrophic
   * harm of the intervention (GRADE 15: the certainty of its benefit immaterial); a strong
   * recommendation against the intervention.
   */
  POTENTIAL_CATASTROPHIC_HARM_OF_INTERVENTION,
  /**
   * The name revision 1 of the file format gave situation 4; read as {@link
   * #EQUIVALENCE_POSSIBLE_HARM}, with a warning ({@code DEPRECATED_VALUE}).
   *
   * @deprecated write {@link #EQUIVALENCE_POSSIBLE_HARM}
   */
  @Deprecated
  CATASTROPHIC_HARM;

  /** Whether a situation is invoked (anything but {@link #NONE}). */
  public boolean declared() {
    return this != NONE;
  }

  /** The situation a name stands for: {@link #EQUIVALENCE_POSSIBLE_HARM} for its deprecated alias, else itself. */
  @SuppressWarnings("deprecation")
  public ParadigmaticSituation canonical() {
    return this == CATASTROPHIC_HARM ? EQUIVALENCE_POSSIBLE_HARM : this;
  }

  /** Whether this is a deprecated name of another situation. */
  public boolean deprecatedName() {
    return canonical() != this;
  }
}
