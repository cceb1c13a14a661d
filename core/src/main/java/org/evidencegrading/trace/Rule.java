package org.evidencegrading.trace;

/**
 * A rule of a grading system: a stateless evaluator that holds no data of its own beyond the source
 * table or guidance it implements, and returns its result with the step that explains it.
 *
 * <p>Every implementation's javadoc quotes the source line it implements, so that a reviewer can
 * check the rule against the source.
 *
 * @param <I> what the rule looks at
 * @param <O> what it derives
 */
public interface Rule<I, O> {

  /** A stable id, e.g. {@code nass.levels-table}; steps carry it. */
  String id();

  Derivation<O> apply(I input);
}
