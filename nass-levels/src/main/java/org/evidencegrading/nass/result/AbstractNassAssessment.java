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
 * the votes reached consensus), each appraisal's levels, and the problems. In the report its details
 * are {@code appraisals} and, for a consensus statement, {@code consensus}.
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

  public abstract ImmutableList<AppraisalResult> appraisals();

  public abstract Optional<ConsensusResult> consensus();

  @Override
  public abstract ImmutableList<Problem> problems();

  @Override
  public ImmutableMap<String, Object> details() {
    ImmutableMap.Builder<String, Object> details = ImmutableMap.builder();
    details.put("appraisals", appraisals());
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
