package org.evidencegrading.gradeapproach.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.gradeapproach.model.GradePublished;
import org.evidencegrading.gradeapproach.model.GradeRecommendation;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * What checking one GRADE recommendation found. {@code agrees} compares the recommendation's derived
 * values with the published words: the overall certainty, the strength and direction, or whether a
 * good practice statement is one. Each outcome's certainty has its own {@code agrees}, and printed
 * symbols are compared with the published words, not with derived values: disagreements there are
 * reported as problems only.
 */
@Value.Immutable
@JsonSerialize(as = GradeResult.class)
@JsonPropertyOrder({"id", "question", "derived", "published", "agrees", "explanation", "trace", "kind", "outcomes"})
abstract class AbstractGradeResult implements RecommendationResult {

  @Override
  public abstract String id();

  @Override
  public abstract String question();

  /** The recommendation that was checked. */
  @JsonIgnore
  public abstract GradeRecommendation recommendation();

  /** What was derived. */
  public abstract GradeDerived derived();

  /** What the guideline published. */
  @Value.Derived
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public Optional<GradePublished> published() {
    return recommendation().published();
  }

  /** Whether the derived values agree with the published ones (true where nothing was published). */
  @Override
  public abstract boolean agrees();

  /** Evidence profile, recommendation or good practice statement. */
  @Value.Derived
  public RecommendationKind kind() {
    return recommendation().kind();
  }

  /** One per outcome, in file order; empty for a good practice statement. */
  public abstract ImmutableList<OutcomeResult> outcomes();

  @Override
  @JsonProperty("trace")
  public abstract Trace explanation();

  @Override
  public abstract ImmutableList<Problem> problems();
}
