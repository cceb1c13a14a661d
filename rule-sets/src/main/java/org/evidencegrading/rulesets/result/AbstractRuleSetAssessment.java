package org.evidencegrading.rulesets.result;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.evidencegrading.problem.Problem;
import org.evidencegrading.problem.Severity;
import org.evidencegrading.rulesets.grading.EvidenceGrade;
import org.evidencegrading.rulesets.model.RuleSetPublished;
import org.evidencegrading.rulesets.model.RuleSetRecommendation;
import org.evidencegrading.system.Assessment;
import org.evidencegrading.system.Table;
import org.evidencegrading.trace.Trace;
import org.immutables.value.Value;

/**
 * What a rule-set grading system found for one recommendation: the derived grade (its direction,
 * the row that decided, the grades permitted in the panel's judgment), each appraisal's levels, and
 * the problems. In the report its details are {@code appraisals}.
 */
@Value.Immutable
abstract class AbstractRuleSetAssessment implements Assessment {

  /** The recommendation that was assessed. */
  public abstract RuleSetRecommendation recommendation();

  @Override
  public abstract EvidenceGrade derived();

  @Override
  public abstract Optional<RuleSetPublished> published();

  @Override
  public abstract Trace trace();

  public abstract ImmutableList<AppraisalResult> appraisals();

  @Override
  public abstract ImmutableList<Problem> problems();

  @Override
  public ImmutableMap<String, Object> details() {
    return ImmutableMap.of("appraisals", appraisals());
  }

  @Override
  public ImmutableList<String> headlines() {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add("statement: " + recommendation().statement());
    boolean agrees = problems().stream().noneMatch(problem -> problem.severity() == Severity.ERROR);
    lines.add("grade: derived " + derived() + derived().row().map(row -> " (row " + row + ")").orElse(derived().covered() ? "" : " (no row covers it)")
        + ", published " + published().map(RuleSetPublished::grade).orElse("not given") + ": " + (agrees ? "agrees" : "DISAGREES"));
    return lines.build();
  }

  @Override
  public ImmutableList<Table> tables() {
    return AppraisalTable.of(appraisals());
  }
}
