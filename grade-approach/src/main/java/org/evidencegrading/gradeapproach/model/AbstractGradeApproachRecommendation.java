package org.evidencegrading.gradeapproach.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Recommendation;
import org.immutables.value.Value;

/**
 * A GRADE recommendation: a statement, what the guideline published for it, and either its
 * evidence profile (the outcomes, with the evidence-to-decision judgments where given; a source that
 * prints only strength and certainty gives no outcomes) or, for a good practice statement, its five
 * criteria. {@link #kind()} says which.
 */
@Value.Immutable
@JsonSerialize(as = GradeApproachRecommendation.class)
@JsonDeserialize(as = GradeApproachRecommendation.class)
@JsonPropertyOrder({"id", "statement", "published", "outcomes", "decision", "goodPractice"})
abstract class AbstractGradeApproachRecommendation implements Recommendation {

  @Override
  public abstract String id();

  @Override
  public abstract String statement();

  /** What the guideline published. */
  public abstract Optional<GradeApproachPublished> published();

  /** The outcomes of the evidence profile; empty for a good practice statement or where the source prints none. */
  public abstract ImmutableList<Outcome> outcomes();

  /** The evidence-to-decision judgments, where given. */
  public abstract Optional<Decision> decision();

  /** The five criteria, for a good practice statement. */
  public abstract Optional<GoodPracticeCriteria> goodPractice();

  /**
   * A good practice statement when it gives the criteria; no recommendation when published so; an
   * evidence profile when it has outcomes but neither {@link #decision()} nor a published strength;
   * a recommendation otherwise.
   */
  public RecommendationKind kind() {
    if (goodPractice().isPresent()) {
      return RecommendationKind.GOOD_PRACTICE_STATEMENT;
    }
    if (published().map(GradeApproachPublished::declined).orElse(false)) {
      return RecommendationKind.NO_RECOMMENDATION;
    }
    if (!outcomes().isEmpty() && decision().isEmpty() && published().flatMap(GradeApproachPublished::strength).isEmpty()) {
      return RecommendationKind.EVIDENCE_PROFILE;
    }
    return RecommendationKind.RECOMMENDATION;
  }

  @Override
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> citations = ImmutableList.builder();
    for (int o = 0; o < outcomes().size(); o++) {
      ImmutableList<String> studies = outcomes().get(o).studies();
      for (int s = 0; s < studies.size(); s++) {
        citations.add(Citation.of("outcomes[" + o + "].studies[" + s + "]", studies.get(s)));
      }
    }
    return citations.build();
  }
}
