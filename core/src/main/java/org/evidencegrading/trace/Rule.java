package org.evidencegrading.trace;

/**
 * A rule of a grading system: a stateless evaluator that holds no data of its own beyond the source
 * table or guidance it implements, and returns its result with the steps that explain it.
 *
 * <p>Every implementation's javadoc quotes the source line it implements, and {@link #source()}
 * names it, so that a reviewer can check the rule against the source.
 *
 * @param <I> what the rule looks at
 * @param <O> what it derives
 */
public interface Rule<I, O> {

  /** A stable id, e.g. {@code nass.levels-table}; steps carry it. Never an enumeration constant's name. */
  String id();

  /**
   * The source the rule implements, precise enough to look up, e.g. {@code NASS 2024, p. 12, Levels
   * of Evidence for Primary Research Question} or {@code GRADE 11 (Guyatt 2013), J Clin Epidemiol 66:151}.
   */
  String source();

  Derivation<O> apply(I input);

  /** A step of this rule: its id and source set, the rest for the caller to fill in. */
  default Step.Builder step() {
    return Step.builder().rule(id()).source(source());
  }
}
