package org.evidencegrading.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.RecommendationResult;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/** The toy system's result. */
@Value.Immutable
@JsonSerialize(as = ToyResult.class)
@JsonPropertyOrder({"id", "question", "derived", "published", "agrees", "explanation", "trace", "studies"})
public abstract class AbstractToyResult implements RecommendationResult {

  public abstract Verdict derived();

  public abstract Optional<Verdict> published();

  public abstract ImmutableList<String> studies();

  @Override
  @JsonProperty("trace")
  public abstract Trace explanation();

  @Override
  public abstract ImmutableList<Problem> problems();
}
