package org.evidencegrading.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.common.collect.ImmutableList;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.trace.Trace;
import org.evidencegrading.trace.TraceRenderer;

/**
 * What checking one recommendation found: the derived values with the trace that explains them,
 * the published values, whether they agree, and the problems. Each grading system defines its own
 * implementation, which serializes to the JSON report as the file format describes: {@code id},
 * {@code question}, {@code derived}, {@code published}, {@code agrees}, {@code explanation} (one line
 * per step of the trace), {@code trace} (the steps), then the system's own fields. Implementations
 * declare that order with {@code @JsonPropertyOrder}, and name their override of {@link
 * #explanation()} {@code trace} with {@code @JsonProperty}.
 */
public interface RecommendationResult {

  /** The recommendation's id. */
  String id();

  /** The id of the question it answers. */
  String question();

  /** Whether everything derived for the recommendation agrees with what was published. */
  boolean agrees();

  /** How the recommendation's derived values were derived; the JSON report's {@code trace}. */
  @JsonProperty("trace")
  Trace explanation();

  /** The explanation for people, one line per step: the JSON report's {@code explanation}. */
  @JsonProperty("explanation")
  default ImmutableList<String> explanationLines() {
    return TraceRenderer.lines(explanation());
  }

  /** The problems found, in the order found. */
  @JsonIgnore
  ImmutableList<Problem> problems();
}
