package org.evidencegrading.gradeapproach.model;

/**
 * The strength of a GRADE recommendation. "Strong recommendations mean that most informed patients
 * would choose the recommended management ... Weak recommendations mean that patients' choices will
 * vary according to their values and preferences" (Guyatt et al., Going from evidence to
 * recommendations, BMJ 2008). GRADE now calls weak recommendations conditional; the Danish
 * guideline writes "weak/conditional".
 */
public enum Strength {
  /** A strong recommendation (↑↑ or ↓↓ in the Danish Health Authority's notation). */
  STRONG,
  /** A conditional (weak) recommendation (↑ or ↓). */
  CONDITIONAL
}
