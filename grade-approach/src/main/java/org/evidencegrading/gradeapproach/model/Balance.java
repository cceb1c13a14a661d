package org.evidencegrading.gradeapproach.model;

/**
 * The panel's judgment of the balance between the desirable and undesirable effects of the
 * intervention, the evidence-to-decision criterion "Does the balance between desirable and
 * undesirable effects favor the intervention or the comparison?" (Alonso-Coello et al., GRADE
 * Evidence to Decision frameworks 2, BMJ 2016;353:i2089). Its response options are "Favors the
 * comparison", "Probably favors the comparison", "Does not favor either the intervention or the
 * comparison", "Probably favors the intervention", "Favors the intervention", "Varies" and "Don't
 * know"; the file format has named the two ends {@code CLEARLY_...} and the middle {@code BALANCED}
 * since its first version.
 */
public enum Balance {
  /** "Favors the intervention": the desirable effects clearly outweigh the undesirable ones. */
  CLEARLY_FAVORS_INTERVENTION,
  /** "Probably favors the intervention". */
  PROBABLY_FAVORS_INTERVENTION,
  /** "Does not favor either the intervention or the comparison". */
  BALANCED,
  /** "Probably favors the comparison". */
  PROBABLY_FAVORS_COMPARISON,
  /** "Favors the comparison": the undesirable effects clearly outweigh the desirable ones. */
  CLEARLY_FAVORS_COMPARISON,
  /** "Varies": the balance differs between settings or people. */
  VARIES,
  /** "Don't know". */
  DONT_KNOW;

  /** Whether the balance clearly favors one side. */
  public boolean clearly() {
    return this == CLEARLY_FAVORS_INTERVENTION || this == CLEARLY_FAVORS_COMPARISON;
  }
}
