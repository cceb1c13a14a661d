package org.evidencegrading.model;

import com.google.common.collect.ImmutableList;

/**
 * A recommendation of a clinical question. Each grading system defines its own immutable
 * implementation, with the evidence that system grades (NASS appraisals, GRADE outcomes); the
 * guideline reader binds a file's recommendations to the implementation of the system the file
 * names.
 */
public interface Recommendation {

  /** Unique in the guideline file; matches {@link Ids#ID} (the guideline validator checks both). */
  String id();

  /** The recommendation as the guideline prints it. */
  String statement();

  /** Every study this recommendation cites, with where it cites it; checked against the bibliography. */
  ImmutableList<Citation> citations();
}
