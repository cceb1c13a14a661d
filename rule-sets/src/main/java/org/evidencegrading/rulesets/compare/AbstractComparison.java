package org.evidencegrading.rulesets.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.List;
import org.evidencegrading.model.Guideline;
import org.evidencegrading.rulesets.RuleSetSystem;
import org.immutables.value.Value;

/**
 * A guideline's evidence graded under two or more rule sets, side by side. Build one with {@link
 * Comparison#of}.
 */
@Value.Immutable
@JsonSerialize(as = Comparison.class)
@JsonPropertyOrder({"guideline", "guidelineSystem", "systems", "recommendations", "compared", "same", "different", "skipped"})
abstract class AbstractComparison {

  /** The guideline's id. */
  public abstract String guideline();

  /** The system the guideline names. */
  public abstract String guidelineSystem();

  /** The ids of the rule sets compared, in order. */
  public abstract ImmutableList<String> systems();

  public abstract ImmutableList<ComparedRecommendation> recommendations();

  /** How many recommendations were compared. */
  @Value.Derived
  public long compared() {
    return recommendations().stream().filter(r -> r.skipped().isEmpty()).count();
  }

  /** How many got grades of the same rank and direction, or none for or against, under every rule set. */
  @Value.Derived
  public long same() {
    return recommendations().stream().filter(r -> r.skipped().isEmpty() && !r.differ()).count();
  }

  /** How many got grades that differ. */
  @Value.Derived
  public long different() {
    return recommendations().stream().filter(ComparedRecommendation::differ).count();
  }

  /**
   * Grades every recommendation of a guideline under each rule set, side by side.
   *
   * <p>How a guideline's appraisals map onto each rule set's levels: a recommendation's appraisals
   * are read by their field names in the NASS shape (study, studyType, design, potentialLevel,
   * downgrades, downgradeSteps, publishedLevel, finding, indirect), whatever the guideline's
   * system. Under a rule set that grades the guideline (its id is the guideline's system, or lists
   * it in {@code compatibleSystems}), the printed and stated levels are used as they stand. Under
   * any other, they are another system's levels, so each study's level is derived from its study
   * type and design through that rule set's table, lowered by the same number of downgrade steps
   * within that set's floors; a study the table gives no level is not counted. Grades are compared
   * by rank (their position among each set's grades that have a direction) and direction; grades
   * without a direction (insufficient evidence, consensus) and no grade are alike.
   * Recommendations without appraisals (consensus and compound statements, GRADE outcomes) are
   * listed as not compared.
   */
  public static Comparison of(Guideline guideline, List<RuleSetSystem> systems) {
    return Comparer.compare(guideline, systems);
  }

  /** How many were not compared. */
  @Value.Derived
  public long skipped() {
    return recommendations().stream().filter(r -> r.skipped().isPresent()).count();
  }
}
