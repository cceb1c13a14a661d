package org.evidencegrading.gradeapproach.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.gradeapproach.certainty.CertaintyVerdict;
import org.evidencegrading.gradeapproach.model.GradeApproachPublished;
import org.evidencegrading.gradeapproach.model.GradeApproachRecommendation;
import org.evidencegrading.gradeapproach.model.RecommendationKind;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.system.Assessment;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * What the GRADE system found for one recommendation: the derived certainty and direction, or the
 * good practice verdict, each outcome's certainty, and the problems. Printed symbols are compared
 * with the published words, not with derived values. In the report its details are {@code kind},
 * {@code outcomes}, and the evidence-to-decision judgments ({@code decision}) or good practice
 * criteria ({@code goodPractice}) with their reasons, where given.
 */
@Value.Immutable
abstract class AbstractGradeApproachAssessment implements Assessment {

  /** The recommendation that was assessed. */
  public abstract GradeApproachRecommendation recommendation();

  /** What was derived. */
  @Override
  public abstract GradeApproachDerived derived();

  /** What the guideline published. */
  @Override
  @Value.Derived
  public Optional<GradeApproachPublished> published() {
    return recommendation().published();
  }

  /** Evidence profile, recommendation, no recommendation or good practice statement. */
  @Value.Derived
  public RecommendationKind kind() {
    return recommendation().kind();
  }

  /** One per outcome, in file order; empty for a good practice statement. */
  public abstract ImmutableList<OutcomeResult> outcomes();

  /** How the published overall certainty compares with the permitted ones; absent when nothing was compared. */
  public abstract Optional<CertaintyVerdict> certaintyVerdict();

  @Override
  public abstract Trace trace();

  @Override
  public abstract ImmutableList<Problem> problems();

  @Override
  public ImmutableMap<String, Object> details() {
    ImmutableMap.Builder<String, Object> details = ImmutableMap.<String, Object>builder().put("kind", kind()).put("outcomes", outcomes());
    recommendation().decision().ifPresent(decision -> details.put("decision", decision));
    recommendation().goodPractice().ifPresent(criteria -> details.put("goodPractice", criteria));
    return details.build();
  }

  @Override
  public ImmutableList<String> headlines() {
    return GradeApproachRenderer.headlines(this);
  }

  @Override
  public ImmutableList<Table> tables() {
    return SummaryOfFindings.around(this, GradeApproachRenderer.tables(this));
  }
}
