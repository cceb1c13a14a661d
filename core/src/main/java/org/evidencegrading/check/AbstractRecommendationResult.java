package org.evidencegrading.check;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.system.Assessment;
import org.evidencegrading.trace.Trace;
import org.evidencegrading.trace.TraceRenderer;
import org.immutables.value.Value;

/**
 * What checking one recommendation found, as the JSON report shows it: {@code id}, {@code question},
 * {@code derived}, {@code published}, {@code agrees}, {@code explanation} (one line per step),
 * {@code trace} (the steps), then the system's {@link Assessment#details() details} (e.g. {@code
 * appraisals}, {@code outcomes}). The same for every grading system: the system supplies the
 * {@link #assessment() assessment}, the core decides the shape and the agreement.
 */
@Value.Immutable
@JsonSerialize(as = RecommendationResult.class)
@JsonPropertyOrder({"id", "question", "derived", "published", "agrees", "explanation", "trace"})
abstract class AbstractRecommendationResult {

  /** The recommendation's id. */
  public abstract String id();

  /** The id of the question it answers. */
  public abstract String question();

  /** What the grading system found, in the system's own types. */
  @JsonIgnore
  public abstract Assessment assessment();

  @JsonProperty("derived")
  public Object derived() {
    return assessment().derived();
  }

  @JsonProperty("published")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<?> published() {
    return assessment().published();
  }

  /**
   * Whether the recommendation agrees with itself: no ERROR problem at it, its parts or its
   * symbols (revision 2 of the file format). A WARNING or INFO does not make it disagree.
   */
  @JsonProperty("agrees")
  public boolean agrees() {
    return problems().stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
  }

  /** Whether a WARNING problem is at the recommendation. */
  @JsonIgnore
  public boolean hasWarnings() {
    return problems().stream().anyMatch(problem -> problem.severity() == Severity.WARNING);
  }

  /** The explanation for people, one line per step: the report's {@code explanation}. */
  @JsonProperty("explanation")
  public ImmutableList<String> explanation() {
    return TraceRenderer.lines(trace());
  }

  /** How the derived values were derived: the report's {@code trace}. */
  @JsonProperty("trace")
  public Trace trace() {
    return assessment().trace();
  }

  /** The system's details, each a field of the report after {@code trace}. */
  @JsonAnyGetter
  public ImmutableMap<String, Object> details() {
    return assessment().details();
  }

  /** The problems found, in the order found (the report lists them once, under {@code problems}). */
  @JsonIgnore
  public ImmutableList<Problem> problems() {
    return assessment().problems();
  }
}
