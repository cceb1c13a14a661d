package org.evidencegrading.properties;

import java.util.stream.Stream;

/**
 * A bounded space of cases, enumerated completely and smallest first, so that the first
 * counterexamples found are the smallest.
 *
 * @param <C> the kind of case
 */
public interface Space<C> {

  /** What the space holds, e.g. "every body of evidence of up to 5 appraisals". */
  String description();

  /** Every case, in non-decreasing size. */
  Stream<C> cases();

  /** A case written out for people, e.g. {@code [I+ II- IV?]}. */
  String describe(C candidate);
}
