package org.evidencegrading.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.trace.Trace;

/**
 * What checking one recommendation found: the derived values with the trace that explains them,
 * the published values, whether they agree, and the problems. Each grading system defines its own
 * implementation, which serializes to the JSON report as the file format describes; the report
 * adds {@code explanation} (the trace, one line per step) and {@code trace} (the steps) itself.
 */
public interface RecommendationResult {

  /** The recommendation's id. */
  String id();

  /** The id of the question it answers. */
  String question();

  /** Whether everything derived for the recommendation agrees with what was published. */
  boolean agrees();

  /** How the recommendation's derived values were derived. */
  @JsonIgnore
  Trace explanation();

  /** The problems found, in the order found. */
  @JsonIgnore
  ImmutableList<Problem> problems();
}
