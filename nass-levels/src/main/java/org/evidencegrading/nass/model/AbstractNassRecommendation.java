package org.evidencegrading.nass.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Recommendation;
import org.immutables.value.Value;

/**
 * A NASS recommendation: a statement, the grade the guideline printed, and either the appraisals of
 * the studies cited for it or, for a consensus statement, the votes.
 */
@Value.Immutable
@JsonSerialize(as = NassRecommendation.class)
@JsonDeserialize(as = NassRecommendation.class)
@JsonPropertyOrder({"id", "statement", "published", "appraisals", "consensus"})
abstract class AbstractNassRecommendation implements Recommendation {

  @Override
  public abstract String id();

  @Override
  public abstract String statement();

  public abstract Optional<NassPublished> published();

  /** One per cited study, as appraised for this recommendation. */
  public abstract ImmutableList<Appraisal> appraisals();

  /** The votes, for a consensus statement. */
  public abstract Optional<Consensus> consensus();

  @Override
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> citations = ImmutableList.builderWithExpectedSize(appraisals().size());
    for (int i = 0; i < appraisals().size(); i++) {
      citations.add(Citation.of("appraisals[" + i + "].study", appraisals().get(i).study()));
    }
    return citations.build();
  }
}
