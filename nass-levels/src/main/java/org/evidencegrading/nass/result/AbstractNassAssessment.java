package org.evidencegrading.nass.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.nass.model.NassPublished;
import org.evidencegrading.nass.model.NassRecommendation;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Assessment;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * What the NASS system found for one recommendation: the derived grade and direction (or whether
 * the votes reached consensus), each appraisal's levels, each component's grade for a compound
 * statement, and the problems. In the report its details are {@code appraisals}, then {@code
 * components} for a compound statement and {@code consensus} for a consensus statement.
 */
@Value.Immutable
abstract class AbstractNassAssessment implements Assessment {

  /** The recommendation that was assessed. */
  public abstract NassRecommendation recommendation();

  @Override
  public abstract NassDerived derived();

  @Override
  public abstract Optional<NassPublished> published();

  @Override
  public abstract Trace trace();

  /** The recommendation's own appraisals (empty for a compound statement, whose components hold them). */
  public abstract ImmutableList<AppraisalResult> appraisals();

  /** The components of a compound statement, each graded. */
  public abstract ImmutableList<ComponentResult> components();

  public abstract Optional<ConsensusResult> consensus();

  @Override
  public abstract ImmutableList<Problem> problems();

  @Override
  public ImmutableMap<String, Object> details() {
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("appraisals", appraisals());
    if (!components().isEmpty()) {
      details.put("components", components());
    }
    consensus().ifPresent(consensus -> details.put("consensus", consensus));
    return details.build();
  }

  @Override
  public ImmutableList<String> headlines() {
    return NassRenderer.headlines(this);
  }

  @Override
  public ImmutableList<Table> tables() {
    return NassRenderer.tables(this);
  }
}
