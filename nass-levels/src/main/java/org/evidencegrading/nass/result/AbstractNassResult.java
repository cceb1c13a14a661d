package org.evidencegrading.nass.result;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/** What checking one NASS recommendation found. */
@Value.Immutable
@JsonSerialize(as = NassResult.class)
@JsonPropertyOrder({"id", "question", "derived", "published", "agrees", "explanation", "trace", "appraisals", "consensus"})
abstract class AbstractNassResult implements RecommendationResult {

  @Override
  public abstract String id();

  @Override
  public abstract String question();

  /** The recommendation that was checked. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public abstract NassRecommendation recommendation();

  public abstract NassDerived derived();

  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract Optional<NassPublished> published();

  /** Whether the derived grade equals the published one (true when nothing was published). */
  @Override
  public abstract boolean agrees();

  public abstract ImmutableList<AppraisalResult> appraisals();

  public abstract Optional<ConsensusResult> consensus();

  @Override
  @JsonProperty("trace")
  public abstract Trace explanation();

  @Override
  public abstract ImmutableList<Problem> problems();
}
