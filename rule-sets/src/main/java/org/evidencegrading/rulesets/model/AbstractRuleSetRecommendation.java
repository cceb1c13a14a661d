package org.evidencegrading.rulesets.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Recommendation;
import org.immutables.value.Value;

/** A recommendation graded by a rule set: its statement, the grade printed, the appraised studies. */
@Value.Immutable
@JsonSerialize(as = RuleSetRecommendation.class)
@JsonDeserialize(as = RuleSetRecommendation.class)
@JsonPropertyOrder({"id", "statement", "published", "appraisals"})
abstract class AbstractRuleSetRecommendation implements Recommendation {

  @Override
  public abstract String id();

  @Override
  public abstract String statement();

  public abstract Optional<RuleSetPublished> published();

  /** One per cited study, as appraised for this recommendation. */
  public abstract ImmutableList<RuleSetAppraisal> appraisals();

  @Override
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> citations = ImmutableList.builderWithExpectedSize(appraisals().size());
    for (int i = 0; i < appraisals().size(); i++) {
      citations.add(Citation.of("appraisals[" + i + "].study", appraisals().get(i).study()));
    }
    return citations.build();
  }
}
