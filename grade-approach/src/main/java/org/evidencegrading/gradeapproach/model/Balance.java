package org.evidencegrading.gradeapproach.model;

/**
 * The panel's judgment of the balance between the desirable and undesirable effects of the
 * intervention, from its evidence-to-decision table. "The larger the difference between the
 * desirable and undesirable effects, the higher the likelihood that a strong recommendation is
 * warranted. The narrower the gradient, the higher the likelihood that a weak recommendation is
 * warranted" (Guyatt et al., BMJ 2008).
 */
public enum Balance {
  /** The desirable effects clearly outweigh the undesirable ones. */
  CLEARLY_FAVORS_INTERVENTION,
  /** The desirable effects probably outweigh the undesirable ones. */
  PROBABLY_FAVORS_INTERVENTION,
  /** The balance favors neither the intervention nor the comparison. */
  BALANCED,
  /** The undesirable effects probably outweigh the desirable ones. */
  PROBABLY_FAVORS_COMPARISON,
  /** The undesirable effects clearly outweigh the desirable ones. */
  CLEARLY_FAVORS_COMPARISON;

  /** Whether the balance clearly favors one side. */
  public boolean clearly() {
    return this == CLEARLY_FAVORS_INTERVENTION || this == CLEARLY_FAVORS_COMPARISON;
  }
}
