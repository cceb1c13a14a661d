package org.evidencegrading.nass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.evidencegrading.model.Citation;
import org.evidencegrading.model.Recommendation;
import org.immutables.value.Value;

/**
 * A NASS recommendation: a statement, the grade the guideline printed, and the appraisals of the
 * studies cited for it; or, for a compound statement, its components each with their appraisals;
 * or, for a consensus statement, the votes (and the appraisals it found insufficient, if any).
 */
@Value.Immutable
@JsonSerialize(as = NassRecommendation.class)
@JsonDeserialize(as = NassRecommendation.class)
@JsonPropertyOrder({"id", "statement", "published", "appraisals", "components", "consensus"})
abstract class AbstractNassRecommendation implements Recommendation {

  @Override
  public abstract String id();

  @Override
  public abstract String statement();

  public abstract Optional<NassPublished> published();

  /** One per cited study, as appraised for this recommendation. */
  public abstract ImmutableList<Appraisal> appraisals();

  /** The parts of a compound statement, each with its own appraisals, in place of {@link #appraisals()}. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract ImmutableList<Component> components();

  /** The votes, for a consensus statement; empty rounds when the guideline does not publish them. */
  public abstract Optional<Consensus> consensus();

  /**
   * Whether this is a work group consensus statement: it carries a {@code consensus} block, or is
   * published with the grade CONSENSUS.
   */
  public boolean consensusStatement() {
    return consensus().isPresent() || published().map(NassPublished::grade).orElse(null) == Grade.CONSENSUS;
  }

  /** Every appraisal: the recommendation's own, then each component's, in file order. */
  public Stream<Appraisal> allAppraisals() {
    return Stream.concat(appraisals().stream(), components().stream().flatMap(component -> component.appraisals().stream()));
  }

  @Override
  public ImmutableList<Citation> citations() {
    ImmutableList.Builder<Citation> citations = ImmutableList.builder();
    cite(citations, "appraisals", appraisals());
    for (int c = 0; c < components().size(); c++) {
      cite(citations, "components[" + c + "].appraisals", components().get(c).appraisals());
    }
    return citations.build();
  }

  private static void cite(ImmutableList.Builder<Citation> citations, String path, List<Appraisal> appraisals) {
    for (int i = 0; i < appraisals.size(); i++) {
      Appraisal appraisal = appraisals.get(i);
      String at = path + "[" + i + "]";
      if (appraisal.study().isPresent()) {
        citations.add(Citation.of(at + ".study", appraisal.study().get()));
      }
      for (int s = 0; s < appraisal.studies().size(); s++) {
        citations.add(Citation.of(at + ".studies[" + s + "]", appraisal.studies().get(s)));
      }
    }
  }
}
